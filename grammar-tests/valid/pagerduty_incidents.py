from sym.sdk.annotations import hook
from sym.sdk.integrations import pagerduty
from sym.sdk.integrations.pagerduty import PagerDutyStatus
from sym.sdk.templates import ApprovalTemplate


@hook
def on_request(event):
    if pagerduty.has_incident(assignees=[event.user], statuses=[PagerDutyStatus.TRIGGERED, PagerDutyStatus.ACKNOWLEDGED]):
        return ApprovalTemplate.approve(reason="responding to an active incident")
    incidents = pagerduty.get_incidents(service_ids=["PSVC01"], statuses=["triggered"])
    for incident in incidents:
        print(incident.get("id"), incident.get("title"))
