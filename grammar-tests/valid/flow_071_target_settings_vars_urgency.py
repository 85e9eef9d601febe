from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import jira, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import Template


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
    fields = event.payload.fields
    flow_vars = event.flow.vars
    if fields.get("urgency") in ("High", "Emergency"):
        return [
            Notification(destinations=[slack.channel(flow_vars["emergency_channel"], allow_self=True)]),
        ]
    channel = flow_vars.get("request_channel", "#sym-requests")
    return [Notification(destinations=[slack.channel(channel)], timeout=15 * 60)]


@hook
def on_request_expire(event):
    slack.send_message(event.user, "Your request expired before anyone answered it.")


BLOCKED_DOMAINS = ("contractor.example.com",)


@hook
def on_request(event):
    email = event.user.email or ""
    domain = email.split("@")[-1]
    if domain in BLOCKED_DOMAINS:
        return Template.ignore(message="Contractors cannot request this access.")
    return None


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
