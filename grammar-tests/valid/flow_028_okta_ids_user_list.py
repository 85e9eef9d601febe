from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import jira, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import User, user_ids


APPROVER_GROUP = "00g1abcd2345"


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id=APPROVER_GROUP)
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )


@reducer
def get_request_notifications(event):
    manager = event.payload.fields.get("manager")
    if isinstance(manager, User):
        return [Notification(destinations=[slack.user(manager, timeout=3600)])]
    return [Notification(destinations=[slack.channel("#managers")])]


@hook
def on_deny(event):
    reason = event.payload.fields.get("deny_reason", "")
    if not reason.strip():
        return ApprovalTemplate.ignore(message="Please say why you deny this request.")


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


REGIONS = {"us-east-1": "US East", "eu-west-1": "EU West", "ap-south-1": "Asia Pacific"}


@prefetch(field_name="region")
def get_regions(event):
    options = []
    for value, label in REGIONS.items():
        options.append(FieldOption(value=value, label=label))
    return options
