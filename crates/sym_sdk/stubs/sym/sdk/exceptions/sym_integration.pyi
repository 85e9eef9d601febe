"Errors of Sym's own integration."
from sym.sdk.exceptions.sym_exception import SymException

class SymIntegrationError(SymException):
    "An error from the Sym integration."
    def __init__(self, name: str, message: str, error_type: str = "SymIntegration") -> None:
        "Builds the error."
