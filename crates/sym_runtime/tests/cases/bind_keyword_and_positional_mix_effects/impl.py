from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    slack.send_message(slack.channel(name='#audit', allow_self=True), message='one')
    slack.send_message(destination=slack.user(identifier=event.user), message='two')
    slack.send_thread_message(message='three')
    aws_lambda.invoke_async(payload={'who': event.user.email}, arn='arn:a')
    aws_lambda.invoke('arn:aws:lambda:us-east-1:1:function:grant', payload=event)
    return 'done'
