from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_sso, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.user import User


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


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
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def after_prompt(event):
    pass


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
