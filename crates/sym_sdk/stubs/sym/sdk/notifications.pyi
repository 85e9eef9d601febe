"Where and when Sym sends a request."
from typing import List, Optional, Union
from sym.sdk._pydantic import BaseModel
from sym.sdk.request_destination import RequestDestination
from sym.sdk.user import User

class Notification(BaseModel):
    "One attempt to deliver a request: at least one destination, at most one of them in Slack, and an optional timeout."
    destinations: List[Union[RequestDestination, User]]
    "Where the request goes; not empty, and no more than one Slack destination."
    timeout: Optional[int]
    "Seconds before Sym moves on to the next Notification; None waits forever."
    def __init__(self, *, destinations: List[Union[RequestDestination, User]], timeout: Optional[int] = None) -> None:
        "Builds a notification; both arguments are keywords."
