from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_iam, aws_sso, google, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    if google.is_user_in_group(event.user, group_email="security@example.com"):
        return slack.channel("#security-approvals", allow_self=True)
    return slack.channel("#security-approvals")


@hook
def on_request(event):
    if aws_iam.is_user_in_group(event.user, group_name="BreakGlass"):
        return ApprovalTemplate.approve(reason="break-glass member")
    accounts = aws_sso.list_accounts()
    names = [a.get("Name") for a in accounts]
    print("accounts visible:", len(names))
