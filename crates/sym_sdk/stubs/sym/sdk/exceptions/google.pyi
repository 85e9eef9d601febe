"Google integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class GoogleError(SymException):
    "An error from the Google integration."
    def __init__(self, name: str, message: str, error_type: str = "Google") -> None:
        "Builds the error."
