from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate


@hook
def on_request(event):
    fields = event.payload.fields
    if fields.get("auto"):
        return ApprovalTemplate.approve()
    elif fields.get("reject"):
        return ApprovalTemplate.deny(reason="rejected by policy")
    print("falling through to normal approval")


@hook
def on_deny(event):
    return


@hook
def on_approve(event):
    return None
