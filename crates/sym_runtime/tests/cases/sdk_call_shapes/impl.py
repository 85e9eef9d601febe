from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    calls = [
        lambda: slack.channel(),
        lambda: slack.channel("#ops", False, 30, "extra"),
        lambda: slack.channel("#ops", name="#dup"),
        lambda: slack.channel("#ops", colour="red"),
        lambda: slack.user(),
        lambda: slack.group(),
        lambda: slack.send_message("#ops"),
        lambda: slack.send_message(),
        lambda: slack.mention(),
        lambda: slack.fallback(slack.channel("#a"), continue_on_delivery_failure=False, tries=2),
        lambda: okta.is_user_in_group(event.user),
        lambda: okta.is_user_in_group(event.user, "00gadmins"),
        lambda: okta.is_user_in_group(event.user, "00gadmins", group_id="x"),
        lambda: okta.users_in_group("00gadmins"),
        lambda: okta.users_in_group(),
        lambda: okta.get_user_info(),
        lambda: pagerduty.is_on_call(),
        lambda: pagerduty.is_on_call(event.user, "prod"),
        lambda: pagerduty.users_on_call("prod"),
        lambda: pagerduty.users_on_call(team="x"),
        lambda: pagerduty.users_for_schedule(escalation_policy_name="x"),
        lambda: aws_lambda.invoke(),
        lambda: aws_lambda.invoke("arn", {}, 3),
        lambda: aws_lambda.invoke_async(payload={}),
    ]
    for call in calls:
        try:
            call()
            print("ok")
        except TypeError as e:
            print(e)
    return None
