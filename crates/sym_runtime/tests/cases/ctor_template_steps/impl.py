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
        lambda: ApprovalTemplate.request(target_srn=None, duration=5, reason='x'),
        lambda: ApprovalTemplate.approve(),
        lambda: ApprovalTemplate.deescalate(**{'a': 1, 'b': [2]}),
        lambda: ApprovalTemplate.prompt(1),
        lambda: ApprovalTemplate.ignore(1),
        lambda: ApprovalTemplate.ignore(message='m'),
        lambda: Template.ignore(message='m', extra=True),
        lambda: Template.ignore('m'),
        lambda: ApprovalTemplate.request_forward,
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
