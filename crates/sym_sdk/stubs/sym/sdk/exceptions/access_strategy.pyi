"Access strategy errors."
from sym.sdk.exceptions.sym_exception import SymException

class AccessStrategyError(SymException):
    "An error from an access strategy."
    def __init__(self, name: str, message: str, error_type: str = "AccessStrategy") -> None:
        "Builds the error."
