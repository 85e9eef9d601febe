"The SDK's data classes gathered in one module."
from sym.sdk.event import Channel, Event, EventMeta, Payload
from sym.sdk.forms import FieldOption
from sym.sdk.flow import Environment, Flow, Run
from sym.sdk.request_destination import RequestDestination, RequestDestinationFallback, SlackChannelID, SlackChannelName, SlackUser, SlackUserGroup
from sym.sdk.resource import SRN, SymResource
from sym.sdk.target import AccessTarget
from sym.sdk.user import User, UserIdentity, UserRole
