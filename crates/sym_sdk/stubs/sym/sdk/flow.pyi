"The flow, its run and its environment."
from typing import Any, Dict, Optional
from sym.sdk.resource import SymResource
from sym.sdk.user import User
from sym.sdk.event import Channel
from sym.sdk.strategies.integration import Integration
from sym.sdk.strategy import Strategy

class Environment(SymResource):
    "The environment a flow runs in."
    integrations: Dict[str, Integration]
    "The environment's integrations by name."

class Flow(SymResource):
    "The flow being run, as Terraform declared it."
    fields: Dict[str, Any]
    "The flow's prompt fields."
    vars: Dict[str, str]
    "The flow's vars from Terraform."
    environment: Environment
    "The environment of the flow."
    strategy: Optional[Strategy]
    "The access strategy, or None for a flow without one."

class Run(SymResource):
    "One run of a flow."
    actors: Dict[str, User]
    "Who caused each event so far, by event name."
    contexts: Dict[str, Dict[str, Any]]
    "The data of each event so far, by event name."
    source_channel: Channel
    "Where the request was made."
