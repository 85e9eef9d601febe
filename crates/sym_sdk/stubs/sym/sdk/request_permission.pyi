"Who may view and who may act on a request."
from enum import Enum
from typing import List, Union
from uuid import UUID
from sym.sdk._pydantic import BaseModel

class PermissionLevel(str, Enum):
    "A group of users by role, from admins only to everyone."
    ADMIN = "admin"
    "Admins only."
    MEMBER = "member"
    "Admins and members."
    ALL_USERS = "all_users"
    "Admins, members and guests."

class RequestPermission(BaseModel):
    "What get_permissions returns: who sees the request in the web app, who may approve or deny it, and whether requesters may approve their own."
    webapp_view: Union[PermissionLevel, List[UUID]]
    "Who sees the request in the web app: a level, or a list of user ids."
    approve_deny: Union[PermissionLevel, List[UUID]]
    "Who may approve or deny: a level, or a list of user ids."
    allow_self_approval: bool
    "Whether requesters may approve their own request."
    def __init__(self, *, webapp_view: Union[PermissionLevel, List[UUID]], approve_deny: Union[PermissionLevel, List[UUID]], allow_self_approval: bool = False) -> None:
        "Builds the permissions; every argument is a keyword; a level may also be given as its string value."
