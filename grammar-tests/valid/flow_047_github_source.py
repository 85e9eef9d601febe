from sym.sdk.annotations import reducer
from sym.sdk.integrations import github, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


@reducer
def get_permissions(event):
    maintainers = github.get_repo_collaborators(repo_name=event.flow.vars["repo"], roles=["maintain", "admin"])
    ids = user_ids(maintainers)
    if not ids:
        return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)
    return RequestPermission(webapp_view=ids, approve_deny=ids, allow_self_approval=False)


@reducer
def get_request_notifications(event):
    source = event.run.source_channel
    destinations = []
    if source.type == "slack" and source.identifier:
        destinations.append(slack.channel(source.identifier))
    else:
        destinations.append(slack.channel("#sym-requests"))
    return [Notification(destinations=destinations)]
