from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate


@hook
def on_approve(event):
    if event.user.email == event.get_actor("request").email:
        return ApprovalTemplate.ignore(message="You cannot approve your own request.")
