"Slack integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class SlackError(SymException):
    "An error from the Slack integration."
    def __init__(self, name: str, message: str, error_type: str = "Slack") -> None:
        "Builds the error."
