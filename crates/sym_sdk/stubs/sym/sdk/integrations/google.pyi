"Google Workspace groups."
from typing import List, Optional
from sym.sdk.user import User

def is_user_in_group(user: User, *, group_email: str) -> bool:
    "Whether the user belongs to the group."

def list_groups(domain: Optional[str] = None) -> List[dict]:
    "The groups, optionally of one domain."

def users_in_group(group_email: str, *, include_indirect_members: bool = True) -> List[User]:
    "The members of a group."
