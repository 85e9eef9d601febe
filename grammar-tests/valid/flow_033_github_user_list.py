from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import github, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import User, user_ids


@reducer
def get_permissions(event):
    maintainers = github.get_repo_collaborators(repo_name=event.flow.vars["repo"], roles=["maintain", "admin"])
    ids = user_ids(maintainers)
    if not ids:
        return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)
    return RequestPermission(webapp_view=ids, approve_deny=ids, allow_self_approval=False)


@reducer
def get_request_notifications(event):
    manager = event.payload.fields.get("manager")
    if isinstance(manager, User):
        return [Notification(destinations=[slack.user(manager, timeout=3600)])]
    return [Notification(destinations=[slack.channel("#managers")])]


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")


@hook
def after_prompt(event):
    pass
