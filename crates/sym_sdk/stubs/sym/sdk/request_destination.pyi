"Places a request can be sent to: Slack channels, users and group DMs, and fallback chains."
from typing import Any, List, Optional
from sym.sdk._pydantic import BaseModel

class RequestDestination(BaseModel):
    "Somewhere a request can be sent."
    allow_self: bool
    "Whether the requester may approve the request here."
    timeout: Optional[int]
    "Seconds before the request times out here; None never times out."
    @classmethod
    def parse_obj(cls, obj: Any) -> RequestDestination:
        "Builds the matching destination from a dict."

class SlackRequestDestination(RequestDestination):
    "A destination in Slack; a Notification holds at most one."

class SlackChannelID(SlackRequestDestination):
    "A Slack channel named by its id (starts with C, D or G)."
    channel_id: str
    "The channel's id, e.g. C0123."
    def __init__(self, *, channel_id: str, allow_self: bool = False, timeout: Optional[int] = None) -> None:
        "Builds the destination; every argument is a keyword."

class SlackChannelName(SlackRequestDestination):
    "A Slack channel named by its #name."
    channel_name: str
    "The channel's name, e.g. #sym-requests."
    def __init__(self, *, channel_name: str, allow_self: bool = False, timeout: Optional[int] = None) -> None:
        "Builds the destination; every argument is a keyword."

class SlackUser(SlackRequestDestination):
    "A direct message to one Slack user."
    user_id: str
    "The user's Slack member id (starts with U or W)."
    def __init__(self, *, user_id: str, allow_self: bool = False, timeout: Optional[int] = None) -> None:
        "Builds the destination; every argument is a keyword."
    def mention(self) -> str:
        "Slack markup that mentions the user."

class SlackUserGroup(SlackRequestDestination):
    "A group direct message to between one and seven Slack users."
    users: List[SlackUser]
    "The users in the group DM; their own allow_self is ignored."
    def __init__(self, *, users: List[SlackUser], allow_self: bool = False, timeout: Optional[int] = None) -> None:
        "Builds the destination; every argument is a keyword."

class RequestDestinationFallback(BaseModel):
    "Destinations tried in order, for get_approvers."
    destinations: List[RequestDestination]
    "The destinations, first tried first."
    continue_on_delivery_failure: bool
    "Whether to try the next destination when one cannot be reached."
    continue_on_timeout: bool
    "Whether to try the next destination when one times out."
    def __init__(self, *, destinations: List[RequestDestination], continue_on_delivery_failure: bool = True, continue_on_timeout: bool = False) -> None:
        "Builds the chain; every argument is a keyword."

class RequestForwardContext(BaseModel):
    "Where a forwarded request has been and goes next."
    all_request_destinations: List[RequestDestination]
    "Every destination the request may go to."
    current_destination_index: int
    "The index of the destination in use."
    next_destination_index: Optional[int]
    "The index of the next destination, or None after the last."
