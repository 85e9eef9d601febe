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
        lambda: reducer(),
        lambda: reducer(h, h),
        lambda: hook(fn=len),
        lambda: hook(f=len),
        lambda: prefetch(),
        lambda: prefetch(field_name='x', y=2),
        lambda: prefetch('x')(),
        lambda: prefetch('x')(len, len),
        lambda: prefetch(field_name='x')(fn=len),
        lambda: reducer(fn=reducer)(1),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
