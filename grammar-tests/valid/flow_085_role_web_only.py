from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, aws_sso, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import Template
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
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)


@hook
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")
