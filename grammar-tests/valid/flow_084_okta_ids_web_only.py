from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import user_ids


APPROVER_GROUP = "00g1abcd2345"


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id=APPROVER_GROUP)
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


MAX_HOURS = 8


@hook
def on_request(event):
    duration = event.payload.fields.get("duration")
    if duration is not None and duration > MAX_HOURS * 3600:
        return ApprovalTemplate.deny(reason="Requests are limited to %d hours" % MAX_HOURS)


@hook
def on_request_expire(event):
    slack.send_message(event.user, "Your request expired before anyone answered it.")


@hook
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")


@hook
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")
