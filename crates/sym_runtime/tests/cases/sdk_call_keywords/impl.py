from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = slack.channel(name="#ops", timeout=60, allow_self=True)
    b = slack.user(identifier=event.user, allow_self=False)
    c = slack.group(users=[event.user], timeout=5)
    d = slack.fallback(a, b, continue_on_timeout=True)
    print(a, b, c, d)
    print(okta.is_user_in_group(user=event.user, group_id="00gadmins"))
    print(pagerduty.is_on_call(user=event.user, schedule_name="prod"), pagerduty.is_on_call(event.user, escalation_policy_id="P123"))
    print(len(pagerduty.users_on_call(schedule_id="P123")), len(pagerduty.users_for_schedule(schedule_name="prod")))
    print(aws_lambda.invoke(arn="arn:aws:lambda:us-east-1:1:function:grant", payload={"a": 1}))
    print(aws_lambda.invoke_async("arn:aws:lambda:us-east-1:1:function:grant"))
    return [Notification(destinations=[a], timeout=600)]
