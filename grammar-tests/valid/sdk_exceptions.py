from sym.sdk.annotations import reducer
from sym.sdk.exceptions import OktaError, PagerDutyError
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification


def managers():
    try:
        return okta.users_in_group(group_id="00gmgrs")
    except OktaError as e:
        print("okta lookup failed:", e)
        return []


def responders():
    try:
        return pagerduty.users_on_call(schedule_id="PABC123")
    except PagerDutyError:
        return []


@reducer
def get_request_notifications(event):
    chain = []
    people = responders()
    if people:
        chain.append(Notification(destinations=[slack.group(people)], timeout=600))
    bosses = managers()
    if bosses:
        chain.append(Notification(destinations=[slack.group(bosses)], timeout=1200))
    chain.append(Notification(destinations=[slack.channel("#sym-requests")]))
    return chain
