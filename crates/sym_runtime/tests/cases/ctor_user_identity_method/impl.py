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
    ident = UserIdentity(service='slack', service_id='T9', user_id='U9')
    u = User(id='x', username='zed', identities={'slack': [ident]})
    print(u.identity('slack').user_id, u.identity('slack', 'T0'), u.identity('github'), slack.mention(u))
    bare = User(id='y', username='amy')
    print(slack.mention(bare))
    return bare.identity('slack')
