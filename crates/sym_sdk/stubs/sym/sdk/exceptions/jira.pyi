"Jira integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class JiraError(SymException):
    "An error from the Jira integration."
    def __init__(self, name: str, message: str) -> None:
        "Builds the error."
