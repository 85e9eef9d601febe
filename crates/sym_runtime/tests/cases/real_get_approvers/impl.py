from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack, pagerduty


@reducer
def get_approvers(event):
    on_call = pagerduty.users_on_call(schedule_name="prod")
    if on_call:
        return slack.group(on_call, allow_self=False)
    return slack.channel(event.flow.vars.get("channel", "#sym-requests"))
