from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.user import user_ids
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    members = slack.users_in_channel("#db-approvers")
    ids = user_ids([m for m in members if m.email != event.user.email])
    return RequestPermission(webapp_view=PermissionLevel.MEMBER, approve_deny=ids or PermissionLevel.ADMIN)
