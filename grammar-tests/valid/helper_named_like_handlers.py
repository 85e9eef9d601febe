from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.request_permission import PermissionLevel, RequestPermission


def get_group_id(event):
    return event.flow.vars.get("approver_group", "00gapprovers")


def get_user_email(user):
    return user.email


def on_call_channel():
    return "#on-call"


def after_hours(event):
    return event.payload.timestamp.hour >= 18


def get_approver_ids(event):
    return [u.id for u in okta.users_in_group(group_id=get_group_id(event))]


@reducer
def get_permissions(event):
    ids = get_approver_ids(event)
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=ids if ids else PermissionLevel.ADMIN,
        allow_self_approval=False,
    )


@hook
def after_request(event):
    channel = on_call_channel() if after_hours(event) else "#sym-requests"
    slack.send_message(slack.channel(channel), "New request from " + get_user_email(event.user))
