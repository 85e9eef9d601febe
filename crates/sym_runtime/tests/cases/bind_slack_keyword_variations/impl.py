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
        lambda: slack.channel(name='#ops'),
        lambda: slack.channel('C1', timeout=5),
        lambda: slack.channel(timeout=5, name='#x', allow_self=True),
        lambda: slack.channel('#ops', False, None),
        lambda: slack.user(identifier='U1', timeout=9),
        lambda: slack.user(event.user, True),
        lambda: slack.group(users=('U1', 'U2')),
        lambda: slack.group(['U1'], True, 60),
        lambda: slack.mention(identifier=event.user),
        lambda: slack.users_in_channel(channel='#ops'),
        lambda: slack.send_thread_message(message='m'),
        lambda: slack.send_message(message='m', destination=slack.channel('#a')),
        lambda: slack.send_message(event.user, message='m'),
        lambda: slack.send_message(slack.channel('#a'), 'm', 'extra'),
        lambda: slack.send_thread_message(),
        lambda: slack.users_in_channel(),
        lambda: slack.mention('U1', 'U2'),
        lambda: slack.group(users=['U1'], colour=1),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
