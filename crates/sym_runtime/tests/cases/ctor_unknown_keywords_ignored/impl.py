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
        lambda: Notification(destinations=[slack.channel('#a')], colour='red', timeout=5),
        lambda: FieldOption(value=1, label='one', hint='h'),
        lambda: RequestPermission(webapp_view='admin', approve_deny='member', allow_self_approval=True, extra=1),
        lambda: RequestPermission(approve_deny='member'),
        lambda: RequestPermission(webapp_view='admin'),
        lambda: RequestPermission('admin', 'member'),
        lambda: FieldOption(value=None, label='x' * 56),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
