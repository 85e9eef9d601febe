from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    return slack.user("security-lead@example.com")


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")
