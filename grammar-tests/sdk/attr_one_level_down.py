import datetime
from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    if event.fields["urgency"] == "High":
        return slack.channel("#break-glass")
    if datetime.datetime.now().hour >= 17:
        return slack.channel(event.vars["after_hours_channel"])
    return slack.channel("#sym-requests")
