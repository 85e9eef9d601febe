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
        lambda: event.get_actor(),
        lambda: event.get_actor('request', 'approve'),
        lambda: event.get_actor(event_name='request'),
        lambda: event.get_context(foo=1),
        lambda: event.get_context(event_name='request', name='x'),
        lambda: event.user.identity(),
        lambda: event.user.identity('slack', 'T01', 'extra'),
        lambda: event.user.identity(service_type='slack').user_id,
        lambda: event.user.identity('slack', service_id='T01').user_id,
        lambda: event.user.identity('slack', service_id='T02'),
        lambda: event.user.role.permission_levels(1),
        lambda: event.user.role.permission_levels(),
        lambda: event.user.get_event_count,
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
