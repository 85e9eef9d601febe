"Slack destinations and messages."
from typing import List, Optional, Sequence, Union
from sym.sdk.request_destination import RequestDestination, RequestDestinationFallback, SlackChannelID, SlackChannelName, SlackUser, SlackUserGroup
from sym.sdk.user import User

def user(identifier: Union[str, User], allow_self: bool = False, timeout: Optional[int] = None) -> SlackUser:
    "A direct-message destination for one user (a User, a Slack id or an email)."

def mention(identifier: Union[str, User]) -> str:
    "Slack markup that mentions a user."

def channel(name: str, allow_self: bool = False, timeout: Optional[int] = None) -> Union[SlackChannelID, SlackChannelName]:
    "A channel destination: a #name, or an id starting with C, D or G."

def group(users: Sequence[Union[str, User]], allow_self: bool = False, timeout: Optional[int] = None) -> SlackUserGroup:
    "A group direct message to between one and seven users."

def fallback(*destinations: RequestDestination, continue_on_delivery_failure: Optional[bool] = True, continue_on_timeout: Optional[bool] = False) -> RequestDestinationFallback:
    "Destinations tried in order, for get_approvers."

def send_message(destination: Union[User, RequestDestination], message: str) -> None:
    "Posts a message to a user or a destination."

def send_thread_message(message: str) -> None:
    "Replies in the thread of the request's message."

def get_user_info(user: User) -> dict:
    "The user's Slack profile."

def list_users(active_only: bool = True) -> list:
    "The workspace's users."

def is_user_in_group(user: User, *, group_id: str) -> bool:
    "Whether the user belongs to the Slack user group."

def users_in_channel(channel: Union[SlackChannelID, SlackChannelName, str]) -> List[User]:
    "The members of a channel."
