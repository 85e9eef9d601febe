from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)
