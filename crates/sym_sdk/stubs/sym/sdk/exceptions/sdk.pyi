"Errors about how the SDK is called."
from sym.sdk.exceptions.sym_exception import SymException

class SDKError(SymException):
    "An SDK function was misused."
    def __init__(self, name: str, message: str, error_type: str = "SymSDK") -> None:
        "Builds the error."

class MissingArgument(SDKError):
    "An SDK function was called without a required argument."
    def __init__(self, arg: str, method: str) -> None:
        "Builds the error."
