"Helpers for strategies."
from sym.sdk.utils.user import persist_user_identity
