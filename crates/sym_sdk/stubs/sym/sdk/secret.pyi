"Secrets and where they are kept."
from typing import Any, Dict
from sym.sdk.resource import SymResource

class SecretSource(SymResource):
    "Where secrets are kept."
    type: str
    "The kind of store."
    settings: Dict[str, Any]
    "The store's settings."

class Secret(SymResource):
    "A secret value kept outside Sym."
    id: str
    "The secret's id."
    path: str
    "Where the secret is in its source."
    source: SecretSource
    "The store that holds it."
    settings: Dict[str, Any]
    "The secret's settings."
    def retrieve_value(self) -> str:
        "Reads the secret's value."
