"Okta integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class OktaError(SymException):
    "An error from the Okta integration."
    def __init__(self, name: str, message: str, error_type: str = "Okta") -> None:
        "Builds the error."
