from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import User


SENSITIVE_ENVIRONMENTS = {"prod", "production", "pci"}


@reducer
def get_permissions(event):
    target = event.payload.fields.get("target")
    environment = ""
    if target is not None:
        environment = target.settings.get("environment", "")
    sensitive = environment.lower() in SENSITIVE_ENVIRONMENTS
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.ADMIN if sensitive else PermissionLevel.MEMBER,
        allow_self_approval=not sensitive,
    )


@reducer
def get_request_notifications(event):
    manager = event.payload.fields.get("manager")
    if isinstance(manager, User):
        return [Notification(destinations=[slack.user(manager, timeout=3600)])]
    return [Notification(destinations=[slack.channel("#managers")])]


@hook
def on_deescalate(event):
    target = event.payload.fields.get("target")
    label = target.label if target is not None else "unknown"
    slack.send_message(slack.channel("#access-log"), "Access to %s ended for %s" % (label, event.user.email))


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
