"HTTP errors of integrations."
from sym.sdk.exceptions.sym_exception import SymException

class HTTPError(SymException):
    "An HTTP call made by an integration failed."
    def __init__(self, name: str, message: str, error_type: str = "HTTP") -> None:
        "Builds the error."
