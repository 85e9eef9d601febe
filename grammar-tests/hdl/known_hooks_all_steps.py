from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)


@hook
def on_prompt(event):
    pass


@hook
def after_prompt(event):
    pass


@hook
def on_request(event):
    pass


@hook
def after_request(event):
    pass


@hook
def on_request_forward(event):
    pass


@hook
def after_request_forward(event):
    pass


@hook
def on_request_expire(event):
    pass


@hook
def after_request_expire(event):
    pass


@hook
def on_approve(event):
    pass


@hook
def after_approve(event):
    pass


@hook
def on_deny(event):
    pass


@hook
def after_deny(event):
    pass


@hook
def on_escalate(event):
    pass


@hook
def after_escalate(event):
    pass


@hook
def on_deescalate(event):
    pass


@hook
def after_deescalate(event):
    pass


@hook
def on_ignore(event):
    pass


@hook
def after_ignore(event):
    pass


