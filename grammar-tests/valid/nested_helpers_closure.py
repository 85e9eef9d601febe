from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, slack


def make_checker(group_id):
    def check(user):
        return okta.is_user_in_group(user, group_id=group_id)

    return check


is_dba = make_checker("00gdba")
is_sre = make_checker("00gsre")


@reducer
def get_approvers(event):
    user = event.user
    if is_dba(user) or is_sre(user):
        return slack.channel("#infra-approvals", allow_self=True)
    return slack.channel("#infra-approvals")
