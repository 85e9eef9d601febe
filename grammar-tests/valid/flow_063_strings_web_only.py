from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
