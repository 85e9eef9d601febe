from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_approvers(event):
    approvers = okta.users_in_group(group_id="00gapprovers")
    others = [user for user in approvers if user.email != event.user.email]
    if others:
        return slack.group(others[:7])
    return slack.channel("#security")


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")
