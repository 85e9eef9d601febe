"Boundary integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class BoundaryError(SymException):
    "An error from the Boundary integration."
    def __init__(self, name: str, message: str, error_type: str = "Boundary") -> None:
        "Builds the error."
