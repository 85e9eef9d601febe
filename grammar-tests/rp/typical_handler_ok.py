from sym.sdk.annotations import reducer, hook
from sym.sdk.integrations import slack, okta
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    fields = event.payload.fields
    if fields.get("urgency") == "high":
        return slack.channel("#ops", allow_self=True)
    return slack.channel("#sym-requests")


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_name="managers"):
        return ApprovalTemplate.approve()
