"Errors about users' identities in other services."
from sym.sdk.exceptions.sym_exception import ExceptionWithHint, SymException

class IdentityError(SymException):
    "A problem with a user's identity."
    def __init__(self, name: str, message: str, error_type: str = "Identity") -> None:
        "Builds the error."

class CouldNotSaveError(IdentityError):
    "An identity could not be saved."
    def __init__(self, message: str) -> None:
        "Builds the error."

class IdentityNotFound(IdentityError, ExceptionWithHint):
    "No identity in the service could be found for the user."
    def __init__(self, email: str, service_id: str) -> None:
        "Builds the error."
