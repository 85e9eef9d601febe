"The access strategy of a flow."
from typing import Dict, List, Optional
from uuid import UUID
from sym.sdk._pydantic import BaseModel
from sym.sdk.resource import SRN
from sym.sdk.strategies.integration import Integration
from sym.sdk.target import AccessTarget

class Strategy(BaseModel):
    "How a flow grants access: its integration, targets and settings."
    id: UUID
    "The strategy's id."
    type: str
    "The kind of service it grants access to."
    name: str
    "The strategy's unique name."
    label: Optional[str]
    "The display name, or None."
    integration: Integration
    "The integration it uses."
    targets: List[AccessTarget]
    "What it can grant access to."
    settings: Dict[str, str]
    "Settings specific to the strategy type."
    srn: SRN
    "The strategy's resource name."
