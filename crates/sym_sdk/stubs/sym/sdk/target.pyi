"Access targets: what a request grants access to."
from typing import Optional
from sym.sdk.resource import SymResource

class AccessTarget(SymResource):
    "Something a strategy grants access to."
    label: Optional[str]
    "The target's display name, or None."
    type: str
    "The kind of target."
    settings: dict
    "The target's settings."
