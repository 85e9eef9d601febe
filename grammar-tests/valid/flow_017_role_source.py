from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import UserRole


def requester_is_admin(event):
    return event.user.role == UserRole.ADMIN


@reducer
def get_permissions(event):
    level = PermissionLevel.ADMIN if requester_is_admin(event) else PermissionLevel.MEMBER
    return RequestPermission(
        webapp_view=level,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=requester_is_admin(event),
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
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")


@hook
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")
