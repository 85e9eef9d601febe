"The base of every template."
from enum import Enum
from typing import Any, Optional
from sym.sdk.resource import SymResource
from sym.sdk.event import Event

class TemplateStep(str, Enum):
    "Steps every template has."
    IGNORE = "ignore"
    "Drop the incoming event and tell the acting user why."

class Template(SymResource):
    "A flow template."
    @classmethod
    def ignore(cls, *, message: Optional[str] = None, **kwargs: Any) -> Event:
        "An event that drops the incoming one; return it from an on_* hook."
