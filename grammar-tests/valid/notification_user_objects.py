from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification


def primary_on_call():
    users = pagerduty.users_on_call(schedule_name="primary")
    return users[0] if users else None


@reducer
def get_request_notifications(event):
    primary = primary_on_call()
    chain = []
    if primary is not None:
        # A User as destination: Sym DMs them.
        chain.append(Notification(destinations=[primary], timeout=300))
    leads = okta.users_in_group(group_id="00gleads")
    chain.append(Notification(destinations=leads[:1] + [slack.channel("#sym-requests")] if leads else [slack.channel("#sym-requests")]))
    return chain
