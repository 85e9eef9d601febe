"Saving users' identities."
from sym.sdk.user import UserIdentity

def persist_user_identity(*, email: str, service: str, service_id: str, user_id: str) -> UserIdentity:
    "Saves a user's id in a service and returns the identity."
