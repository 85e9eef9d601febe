"The base class of custom access strategies."
from typing import Optional
from sym.sdk.event import Event
from sym.sdk.user import User
from sym.sdk.strategies.integration import Integration

class AccessStrategy:
    "A custom way to grant and remove access; subclasses fill in the three abstract methods."
    integration: Integration
    "The integration the strategy uses."
    def __init__(self, integration: Integration) -> None:
        "Builds the strategy around an integration."
    def get_requester_identity(self, event: Event) -> str:
        "The requester's id in the integrated service, looked up and saved when unknown."
    def fetch_remote_identity(self, user: User) -> Optional[str]:
        "Looks up the user's id in the service."
    def escalate(self, target_id: str, event: Event) -> Optional[dict]:
        "Grants access to the target."
    def deescalate(self, target_id: str, event: Event) -> Optional[dict]:
        "Removes access to the target."
