"The base of the SDK's integration exceptions."

class SymException(Exception):
    "An error raised by an SDK integration, with a code of the form Service:NAME."
    message: str
    "What went wrong."
    error_code: str
    "The error's code, e.g. Okta:NOT_FOUND."
    def __init__(self, error_type: str, name: str, message: str) -> None:
        "Builds the error."
    def to_dict(self) -> dict:
        "The error as a dict of error, message and code."

class ExceptionWithHint(SymException):
    "An SDK exception that also suggests a fix."
    hint: str
    "How to fix the problem."
