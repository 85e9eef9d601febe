"AWS IAM group membership."
from sym.sdk.user import User

def is_user_in_group(user: User, *, group_name: str) -> bool:
    "Whether the user belongs to the IAM group."
