"OneLogin roles and users."
from typing import List, Optional
from sym.sdk.user import User

def list_roles(name_filter: Optional[str] = None) -> List[dict]:
    "The roles, optionally filtered by name."

def get_user_info(user: User) -> dict:
    "The user's OneLogin profile."

def users_in_role(role_id: int) -> List[User]:
    "The users who have a role."

def is_user_in_role(user: User, *, role_id: int) -> bool:
    "Whether the user has the role."
