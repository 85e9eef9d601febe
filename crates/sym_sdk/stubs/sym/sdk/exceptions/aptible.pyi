"Aptible integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class AptibleError(SymException):
    "An error from the Aptible integration."
    def __init__(self, name: str, message: str, error_type: str = "Aptible") -> None:
        "Builds the error."
