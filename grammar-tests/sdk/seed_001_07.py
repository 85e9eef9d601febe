from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate

@hook
def on_request(event):
    # When a request is made in this Flow, automatically approve it.
    return ApprovalTemplate.approve()
