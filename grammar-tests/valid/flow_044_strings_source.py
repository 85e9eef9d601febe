from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    source = event.run.source_channel
    destinations = []
    if source.type == "slack" and source.identifier:
        destinations.append(slack.channel(source.identifier))
    else:
        destinations.append(slack.channel("#sym-requests"))
    return [Notification(destinations=destinations)]


BLOCKED_DOMAINS = ("contractor.example.com",)


@hook
def on_request(event):
    email = event.user.email or ""
    domain = email.split("@")[-1]
    if domain in BLOCKED_DOMAINS:
        return Template.ignore(message="Contractors cannot request this access.")
    return None


@hook
def on_deny(event):
    reason = event.payload.fields.get("deny_reason", "")
    if not reason.strip():
        return ApprovalTemplate.ignore(message="Please say why you deny this request.")


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
