from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, slack

ESCALATION_GROUPS = ["00gteamleads", "00gdirectors", "00gvps"]


@reducer
def get_approvers(event):
    for group_id in ESCALATION_GROUPS:
        members = okta.users_in_group(group_id=group_id)
        candidates = []
        for member in members:
            if member.email == event.user.email:
                continue
            candidates.append(member)
        if candidates:
            break
    else:
        return slack.channel("#sym-requests")
    return slack.group(candidates[:7])
