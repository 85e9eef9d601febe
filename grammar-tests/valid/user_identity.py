from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack


def slack_id(user):
    identity = user.identity("slack")
    if identity is None:
        return None
    return identity.user_id


@reducer
def get_approvers(event):
    manager_email = event.flow.vars.get("manager_email")
    if manager_email:
        return slack.user(manager_email)
    return slack.channel("#approvals")


@hook
def after_request(event):
    uid = slack_id(event.user)
    identities = event.user.identities.get("slack", [])
    print("slack identities:", [i.user_id for i in identities], "primary:", uid)
