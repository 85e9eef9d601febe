from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.templates import ApprovalTemplate


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
def on_deny(event):
    reason = event.payload.fields.get("deny_reason", "")
    if not reason.strip():
        return ApprovalTemplate.ignore(message="Please say why you deny this request.")


@hook
def after_request_forward(event):
    slack.send_thread_message("This request has been forwarded to the next approvers.")
