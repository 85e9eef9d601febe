"GitHub integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class GitHubError(SymException):
    "An error from the GitHub integration."
    def __init__(self, name: str, message: str, error_type: str = "GitHub") -> None:
        "Builds the error."
