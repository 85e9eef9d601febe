from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, slack


@reducer
def get_approvers(event):
    info = okta.get_user_info(event.user)
    profile = info.get("profile", {})
    manager = profile.get("managerEmail") or profile.get("manager")
    department = (profile.get("department") or "").lower()
    if manager:
        return slack.user(manager)
    if department in ("engineering", "infra"):
        return slack.channel("#eng-approvals")
    return slack.channel("#sym-requests")
