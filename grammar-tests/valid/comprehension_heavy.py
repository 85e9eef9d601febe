from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification

TEAMS = {
    "payments": {"group": "00gpay", "schedule": "payments-primary"},
    "search": {"group": "00gsearch", "schedule": "search-primary"},
}


@reducer
def get_request_notifications(event):
    team = TEAMS.get(event.flow.vars.get("team", ""), TEAMS["payments"])
    members = {u.email: u for u in okta.users_in_group(group_id=team["group"])}
    on_call = {u.email for u in pagerduty.users_on_call(schedule_name=team["schedule"])}
    emails = list(members)
    emails.sort()
    first = [members[e] for e in emails if e in on_call and e != event.user.email]
    rest = [u for e, u in members.items() if e not in on_call]
    chain = []
    if first:
        chain.append(Notification(destinations=[slack.group(first[:7])], timeout=300))
    if rest:
        chain.append(Notification(destinations=[slack.group(rest[:7])], timeout=900))
    chain.append(Notification(destinations=[slack.channel("#%s-access" % event.flow.vars.get("team", "payments"))]))
    return chain
