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
        lambda: slack.channel('#a', allow_self=None, timeout=None),
        lambda: slack.user('U1', allow_self=0),
        lambda: slack.group([], timeout=0),
        lambda: slack.fallback(continue_on_delivery_failure=None, continue_on_timeout=1),
        lambda: get_step_output(None),
        lambda: get_step_output(step=None),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
