from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
    return slack.channel("#sym-requests", allow_self=allow_self)


@hook
def on_deescalate(event):
    target = event.payload.fields.get("target")
    label = target.label if target is not None else "unknown"
    slack.send_message(slack.channel("#access-log"), "Access to %s ended for %s" % (label, event.user.email))


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")
