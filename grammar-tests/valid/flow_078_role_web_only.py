from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.user import UserRole


def requester_is_admin(event):
    return event.user.role == UserRole.ADMIN


@reducer
def get_permissions(event):
    level = PermissionLevel.ADMIN if requester_is_admin(event) else PermissionLevel.MEMBER
    return RequestPermission(
        webapp_view=level,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=requester_is_admin(event),
    )


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_deny(event):
    reason = event.payload.fields.get("deny_reason", "")
    if not reason.strip():
        return ApprovalTemplate.ignore(message="Please say why you deny this request.")


BLOCKED_DOMAINS = ("contractor.example.com",)


@hook
def on_request(event):
    email = event.user.email or ""
    domain = email.split("@")[-1]
    if domain in BLOCKED_DOMAINS:
        return Template.ignore(message="Contractors cannot request this access.")
    return None


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")
