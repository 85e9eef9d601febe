from sym.sdk.annotations import hook
from sym.sdk.integrations import slack


@hook
def after_deny(event):
    request_context = event.get_context("request") or {}
    requester = event.get_actor("request")
    reason = request_context.get("reason", "no reason given")
    if requester:
        slack.send_message(requester, "Your request (%s) was denied by %s." % (reason, event.user.username))


@hook
def after_approve(event):
    actors = event.run.actors
    requester = actors.get("request")
    if requester is not None:
        slack.send_message(slack.user(requester), "Approved!")
