"PagerDuty on-call schedules and incidents."
from enum import Enum
from typing import Any, Dict, List, Optional
from sym.sdk.user import User

class PagerDutyStatus(str, Enum):
    "The state of an incident."
    TRIGGERED = "triggered"
    "Open and not yet acknowledged."
    ACKNOWLEDGED = "acknowledged"
    "Someone is on it."
    RESOLVED = "resolved"
    "Closed."

class PagerDutyUrgency(str, Enum):
    "How urgent an incident is."
    LOW = "low"
    "Low urgency."
    HIGH = "high"
    "High urgency."

def is_on_call(user: User, *, escalation_policy_name: Optional[str] = None, escalation_policy_id: Optional[str] = None, schedule_name: Optional[str] = None, schedule_id: Optional[str] = None) -> bool:
    "Whether the user is on call, for any schedule or for the given policy or schedule."

def users_on_call(*, escalation_policy_name: Optional[str] = None, escalation_policy_id: Optional[str] = None, schedule_name: Optional[str] = None, schedule_id: Optional[str] = None) -> List[User]:
    "Who is on call, for any schedule or for the given policy or schedule."

def users_for_schedule(*, schedule_name: Optional[str] = None, schedule_id: Optional[str] = None) -> List[User]:
    "Everyone on a schedule."

def get_incidents(*, assignees: Optional[List[User]] = None, service_ids: Optional[List[str]] = None, statuses: Optional[List[PagerDutyStatus]] = None, urgencies: Optional[List[PagerDutyUrgency]] = None, since: Optional[str] = None, until: Optional[str] = None) -> List[Dict[str, Any]]:
    "The incidents that match the filters."

def has_incident(*, assignees: Optional[List[User]] = None, service_ids: Optional[List[str]] = None, statuses: Optional[List[PagerDutyStatus]] = None, urgencies: Optional[List[PagerDutyUrgency]] = None, since: Optional[str] = None, until: Optional[str] = None) -> bool:
    "Whether any incident matches the filters."
