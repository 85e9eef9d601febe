from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.templates import Template


@reducer
def get_approvers(event):
    approvers = okta.users_in_group(group_id="00gapprovers")
    others = [user for user in approvers if user.email != event.user.email]
    if others:
        return slack.group(others[:7])
    return slack.channel("#security")


BLOCKED_DOMAINS = ("contractor.example.com",)


@hook
def on_request(event):
    email = event.user.email or ""
    domain = email.split("@")[-1]
    if domain in BLOCKED_DOMAINS:
        return Template.ignore(message="Contractors cannot request this access.")
    return None
