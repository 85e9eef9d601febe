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
        lambda: SlackChannelID(channel_id='C1'),
        lambda: SlackChannelName(channel_name='#x', allow_self=True, timeout=7),
        lambda: SlackUser(user='U1'),
        lambda: SlackUser(user_id='U1'),
        lambda: SlackUserGroup(users=['U1', 'U2'], allow_self=True),
        lambda: SlackUserGroup(),
        lambda: RequestDestinationFallback(destinations=[SlackChannelID(channel_id='C1')], continue_on_timeout=True),
        lambda: RequestDestination(),
        lambda: RequestDestination(timeout=5, allow_self=True, x=1),
        lambda: RequestDestination(1),
        lambda: SlackChannelID('C1'),
        lambda: SlackChannelName(channel_name='#x') == slack.channel('#x'),
        lambda: SlackChannelName(channel_name='#x') == slack.channel('#y'),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
