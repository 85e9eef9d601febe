"AWS integration errors."
from sym.sdk.exceptions.sym_exception import SymException

class AWSError(SymException):
    "An error from an AWS integration."
    def __init__(self, name: str, message: str, error_type: str = "AWS") -> None:
        "Builds the error."

class AWSLambdaError(AWSError):
    "An error from the AWS Lambda integration."
    def __init__(self, name: str, message: str) -> None:
        "Builds the error."

class AWSIAMError(AWSError):
    "An error from the AWS IAM integration."
    def __init__(self, name: str, message: str) -> None:
        "Builds the error."

class AWSSSOError(AWSError):
    "An error from the AWS SSO integration."
    def __init__(self, name: str, message: str) -> None:
        "Builds the error."
