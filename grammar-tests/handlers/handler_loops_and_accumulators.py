from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, slack


@reducer
def get_approvers(event):
    groups = event.flow.vars.get("approver_groups", "").split(",")
    seen = {}
    approvers = []
    for group in groups:
        group = group.strip()
        if not group:
            continue
        for user in okta.users_in_group(group_name=group):
            if user.email in seen:
                continue
            seen[user.email] = True
            approvers.append(user)
    approvers = approvers[:7]
    return slack.group(approvers) if approvers else slack.channel("#sym-access")
