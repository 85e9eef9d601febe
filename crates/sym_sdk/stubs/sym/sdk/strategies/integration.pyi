"An integration as a strategy sees it."
from typing import Any, Dict
from sym.sdk.resource import SymResource

class Integration(SymResource):
    "A configured connection to an external service."
    type: str
    "The kind of service."
    external_id: str
    "The service's id for this connection."
    settings: Dict[str, Any]
    "The integration's settings."
