"PagerDuty integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class PagerDutyError(SymException):
    "An error from the PagerDuty integration."
    def __init__(self, name: str, message: str, error_type: str = "PagerDuty") -> None:
        "Builds the error."
