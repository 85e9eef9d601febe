"KnowBe4 integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class KnowBe4Error(SymException):
    "An error from the KnowBe4 integration."
    def __init__(self, name: str, message: str) -> None:
        "Builds the error."
