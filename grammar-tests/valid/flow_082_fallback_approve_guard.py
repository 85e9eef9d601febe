from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, slack
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_approvers(event):
    source = event.run.source_channel.identifier
    if source:
        return slack.fallback(
            slack.channel(source),
            slack.channel("#sym-access"),
            continue_on_delivery_failure=True,
        )
    return slack.channel("#sym-access")


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


@hook
def on_deny(event):
    reason = event.payload.fields.get("deny_reason", "")
    if not reason.strip():
        return ApprovalTemplate.ignore(message="Please say why you deny this request.")


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
