from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    domain = event.user.email.split("@")[1].lower()
    if domain == "example.com":
        return slack.channel("#sym-requests")
    return slack.channel("#external-requests")


@hook
def after_approve(event):
    requester = event.get_actor("request")
    greeting = "Hi %s %s" % (requester.first_name, requester.last_name)
    slack.send_message(requester, greeting + ", you were approved by " + event.user.email.lower())
    context = event.get_context("request")
    print("reason was", context["reason"])
    target = event.payload.fields["target"]
    print(target.label.upper(), target.settings["account_id"])
