from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import aws_lambda, github, okta
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
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)


@hook
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
