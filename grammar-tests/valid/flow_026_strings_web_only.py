from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
