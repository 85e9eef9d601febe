"AWS IAM Identity Center (SSO) groups and accounts."
from typing import List, Optional
from sym.sdk.user import User

def is_user_in_group(user: User, *, group_name: str) -> bool:
    "Whether the user belongs to the SSO group."

def list_groups() -> List[dict]:
    "Every SSO group."

def users_in_group(group_name: str) -> List[User]:
    "The members of an SSO group."

def list_accounts(organizational_unit_id: Optional[str] = None) -> List[dict]:
    "The AWS accounts, optionally of one organizational unit."
