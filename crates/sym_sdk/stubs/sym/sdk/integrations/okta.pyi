"Okta groups and users."
from typing import List, Optional
from sym.sdk.user import User

def is_user_in_group(user: User, *, group_id: str) -> bool:
    "Whether the user belongs to the Okta group."

def users_in_group(*, group_id: str) -> List[User]:
    "The members of an Okta group."

def get_user_info(user: User) -> dict:
    "The user's Okta profile."

def list_groups(*, name_filter: Optional[str] = None, filter: Optional[str] = None, expand: Optional[List[str]] = None, only_native_groups: bool = True) -> List[dict]:
    "The Okta groups, optionally filtered."
