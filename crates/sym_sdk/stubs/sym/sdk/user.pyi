"Sym users, their roles and their identities in other services."
from datetime import datetime
from enum import Enum
from typing import Dict, List, Literal, Optional, Set
from uuid import UUID
from sym.sdk.request_permission import PermissionLevel
from sym.sdk.resource import SymBaseResource
from sym.sdk.templates.approval import ApprovalTemplateStep

def user_ids(user_list: List[User]) -> List[UUID]:
    "The ids of the given users, as RequestPermission takes them."

class UserIdentity(SymBaseResource):
    "A user's account in another service."
    service: str
    "The service type, e.g. slack."
    service_id: str
    "Which instance of the service, e.g. a Slack workspace id."
    user_id: str
    "The user's id in that service."

class UserRole(str, Enum):
    "A user's role in Sym."
    ADMIN = "admin"
    "May do anything."
    MEMBER = "member"
    "May run flows and act on requests."
    GUEST = "guest"
    "May act on requests where a flow allows guests."
    def permission_levels(self) -> Set[PermissionLevel]:
        "The permission levels this role falls in."

class User(SymBaseResource):
    "A Sym user."
    id: UUID
    "The user's Sym id."
    email: Optional[str]
    "The user's email, or None."
    username: str
    "The user's Sym username."
    type: str
    "The kind of user, e.g. normal or bot."
    first_name: Optional[str]
    "The user's first name, or None."
    last_name: Optional[str]
    "The user's last name, or None."
    identities: Dict[str, List[UserIdentity]]
    "The user's accounts in other services, by service type."
    role: UserRole
    "The user's role in Sym."
    def identity(self, service_type: str, service_id: Optional[str] = None) -> Optional[UserIdentity]:
        "The user's account in a service, or None."
    def get_event_count(self, event_name: ApprovalTemplateStep, since: Optional[datetime] = None, until: Optional[datetime] = None, filter_on: Literal["flow", "target"] = "flow", include_errored: bool = False) -> int:
        "How many events of one step this user caused, in a time window."
