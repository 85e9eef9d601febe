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
        lambda: slack.fallback(),
        lambda: slack.fallback(slack.channel('#a'), slack.user('U1'), slack.channel('C9'), continue_on_delivery_failure=False),
        lambda: slack.fallback(*[slack.channel('#a')], continue_on_timeout=None),
        lambda: slack.fallback(slack.channel('#a'), retries=2),
        lambda: slack.fallback(destinations=[slack.channel('#a')]),
    ]
    for call in calls:
        try:
            print(repr(call()))
        except Exception as e:
            print(repr(e))
    return None
