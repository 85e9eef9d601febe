"Errors the SDK raises, with a hint and a documentation link."
from enum import Enum
from typing import Optional

class SymSDKError(Exception):
    "An SDK error with a hint and a link to the docs."
    message: str
    "What went wrong."
    hint: str
    "How to fix it."
    doc_url: str
    "Where to read more."
    def __init__(self, message: str, hint: str, doc_url: str, **kwargs) -> None:
        "Builds the error."
    def format_slack(self) -> str:
        "The error as Slack markdown."

class SymIntegrationError(SymSDKError):
    "An error from an integration."
    default_message: str
    "The message used when none is given."
    default_hint: str
    "The hint used when none is given."
    default_docs_url: str
    "The link used when none is given."
    error_code: Optional[Enum]
    "A code naming the error, or None."
    params: Optional[dict]
    "Values filled into the message and hint."
    def __init__(self, message: str = "", hint: Optional[str] = None, doc_url: Optional[str] = None, *, error_code: Optional[Enum] = None, params: Optional[dict] = None) -> None:
        "Builds the error."
