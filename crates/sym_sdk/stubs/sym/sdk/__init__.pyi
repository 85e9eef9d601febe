"The Sym SDK: what impl.py handlers import to read events and shape a flow."
from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.errors import SymIntegrationError, SymSDKError
from sym.sdk.event import Channel, Event, EventMeta, Payload
from sym.sdk.flow import Flow, Run
from sym.sdk.integrations import aws_lambda, github, google, okta, onelogin, pagerduty, slack
from sym.sdk.forms import FieldOption
from sym.sdk.request_destination import RequestDestination, RequestDestinationFallback, SlackChannelID, SlackChannelName, SlackUser, SlackUserGroup
from sym.sdk.resource import SRN, SymResource
from sym.sdk.target import AccessTarget
from sym.sdk.user import User, UserIdentity, UserRole
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.flow import Environment
