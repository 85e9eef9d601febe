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
    from sym.sdk.event import Channel, Payload, Event
    from sym.sdk.flow import Flow, Run
    u = User(id=event.user.id, email='other@example.com')
    print(u, u == event.user, User('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), User(username='z', nickname='n'))
    print(UserIdentity(service='slack'), AccessTarget(name='t', settings={'k': 1}), Channel('C1', 'slack'))
    print(Flow(name='f', vars={'a': 1}), Run(actors={}), Payload(fields={'x': 1}))
    print(Event(name='approve', payload=Payload(fields={'r': 1}, user=u)).user.email)
    return [u, AccessTarget('prod', 'Prod', 'aws', {}), UserIdentity('slack', 'T1', 'U1')]
