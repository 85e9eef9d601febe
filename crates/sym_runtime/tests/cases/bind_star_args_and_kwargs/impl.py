from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    args = ['#ops']
    kw = {'timeout': 30, 'allow_self': True}
    a = slack.channel(*args, **kw)
    b = aws_lambda.invoke(*['arn:aws:lambda:us-east-1:1:function:grant'], **{'payload': {'a': 1}})
    c = okta.is_user_in_group(*[event.user], **{'group_id': '00gadmins'})
    try:
        okta.get_user_info(**{'user': event.user, 'extra': 1})
    except TypeError as e:
        print(e)
    return [a, b, c]
