"The event a handler receives, and its parts."
from datetime import datetime
from typing import Any, Dict, Optional
from sym.sdk.flow import Flow, Run
from sym.sdk.resource import SRN, SymResource
from sym.sdk.templates import Template
from sym.sdk.user import User

class Payload(SymResource):
    "What the event carries: the form fields, who acted and when."
    timestamp: datetime
    "When the event happened."
    fields: Dict[str, Any]
    "The request's form values by field name."
    srn: SRN
    "The payload's resource name."
    user: User
    "The user who caused the event."

class Channel(SymResource):
    "Where a request came from."
    identifier: Optional[str]
    "The Slack channel id the request came from, or None when it did not come from Slack."
    type: str
    "The kind of channel, e.g. slack."

class EventMeta(SymResource):
    "Details Sym keeps about an event."

class Event(SymResource):
    "What happened in a flow run; every handler receives one."
    name: str
    "The template step that fired, e.g. request or approve."
    payload: Payload
    "The event's data: fields, user and time."
    meta: EventMeta
    "Details Sym keeps about the event."
    template: Template
    "The template of the flow."
    flow: Flow
    "The flow being run."
    run: Run
    "This run of the flow."
    channel: Channel
    "The channel of the event."
    user: User
    "The user who caused the event (same as payload.user)."
    def get_actor(self, event_name: str) -> Optional[User]:
        "The user who caused an earlier event of this run, or None."
    def get_context(self, event_name: str) -> Optional[Dict[str, Any]]:
        "The data of an earlier event of this run, or None."
