from sym.sdk.annotations import hook
from sym.sdk.integrations import slack


@hook
def after_escalate(event):
    target = event.payload.fields["target"]
    message = "{} now has access to {}".format(event.user.username, target.name)
    slack.send_message(slack.channel("#audit"), message)
