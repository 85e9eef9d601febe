from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, jira, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


SENSITIVE_ENVIRONMENTS = {"prod", "production", "pci"}


@reducer
def get_permissions(event):
    target = event.payload.fields.get("target")
    environment = ""
    if target is not None:
        environment = target.settings.get("environment", "")
    sensitive = environment.lower() in SENSITIVE_ENVIRONMENTS
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.ADMIN if sensitive else PermissionLevel.MEMBER,
        allow_self_approval=not sensitive,
    )


@reducer
def get_request_notifications(event):
    source = event.run.source_channel
    destinations = []
    if source.type == "slack" and source.identifier:
        destinations.append(slack.channel(source.identifier))
    else:
        destinations.append(slack.channel("#sym-requests"))
    return [Notification(destinations=destinations)]


@hook
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )
