from datetime import datetime, timedelta

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_request_notifications(event):
    if pagerduty.is_on_call(event.user, schedule_name="prod_on_call"):
        return [Notification(destinations=[slack.channel("#break-glass")])]
    return [
        Notification(destinations=[slack.channel(event.flow.vars["request_channel"])], timeout=300),
        Notification(destinations=[slack.group(okta.users_in_group(group_id="00gmanagers"))]),
    ]


@hook
def on_request(event):
    hours = event.payload.fields["hours"]
    print("request from", event.user.email, "for", hours, "hours")
    if hours > 8:
        return ApprovalTemplate.deny(reason="at most 8 hours")
    until = datetime.now() + timedelta(hours=hours)
    slack.send_message(slack.channel("#audit"), f"{event.user.username} until {until:%H:%M}")
    return ApprovalTemplate.approve(reason=event.payload.fields["reason"])
