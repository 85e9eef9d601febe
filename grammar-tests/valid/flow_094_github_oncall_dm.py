from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import github, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.user import user_ids


@reducer
def get_permissions(event):
    maintainers = github.get_repo_collaborators(repo_name=event.flow.vars["repo"], roles=["maintain", "admin"])
    ids = user_ids(maintainers)
    if not ids:
        return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)
    return RequestPermission(webapp_view=ids, approve_deny=ids, allow_self_approval=False)


@reducer
def get_request_notifications(event):
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


BLOCKED_DOMAINS = ("contractor.example.com",)


@hook
def on_request(event):
    email = event.user.email or ""
    domain = email.split("@")[-1]
    if domain in BLOCKED_DOMAINS:
        return Template.ignore(message="Contractors cannot request this access.")
    return None


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")
