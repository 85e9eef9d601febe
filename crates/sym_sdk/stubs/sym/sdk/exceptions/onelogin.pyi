"OneLogin integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class OneLoginError(SymException):
    "An error from the OneLogin integration."
    def __init__(self, name: str, message: str, error_type: str = "OneLogin") -> None:
        "Builds the error."
