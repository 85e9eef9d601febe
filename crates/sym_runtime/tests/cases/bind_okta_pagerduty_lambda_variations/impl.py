from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
from sym.sdk.user import user_ids, User, UserIdentity, UserRole
from sym.sdk.target import AccessTarget
from sym.sdk.templates import Template
from sym.sdk.request_destination import SlackChannelID, SlackChannelName, SlackUser, SlackUserGroup, RequestDestination, RequestDestinationFallback
def h(event):
    calls = [
        lambda: okta.is_user_in_group(user=event.user, group_id='00gadmins'),
        lambda: okta.is_user_in_group(group_id='00gmgr', user='bob@example.com'),
        lambda: okta.users_in_group(group_id='00gmgr')[1].email,
        lambda: okta.get_user_info(user=event.user),
        lambda: okta.users_in_group(group_id='00gmgr', name='x'),
        lambda: okta.get_user_info(),
        lambda: pagerduty.is_on_call(user='bob@example.com', schedule_name='prod'),
        lambda: pagerduty.is_on_call(event.user, schedule_name=None, schedule_id=None),
        lambda: pagerduty.is_on_call(event.user, escalation_policy_name='P123', escalation_policy_id='prod'),
        lambda: [u.email for u in pagerduty.users_on_call(escalation_policy_id='P123')],
        lambda: pagerduty.users_on_call(event.user),
        lambda: pagerduty.users_for_schedule(schedule_id='P123')[0].email,
        lambda: pagerduty.users_for_schedule('prod'),
        lambda: pagerduty.users_for_schedule(escalation_policy_id='P123'),
        lambda: pagerduty.is_on_call(),
        lambda: aws_lambda.invoke(arn='arn:aws:lambda:us-east-1:1:function:grant'),
        lambda: aws_lambda.invoke('arn:x', payload=None),
        lambda: aws_lambda.invoke_async(arn='arn:x', payload={'k': [1]}),
        lambda: aws_lambda.invoke(payload={}),
        lambda: aws_lambda.invoke_async('arn:x', {}, extra=1),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
