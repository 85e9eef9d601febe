import requests
from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template



@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)


@prefetch(field_name="repos")
def get_repos(event):
    with requests.Session() as session:
        session.headers["Authorization"] = "token"
        response = session.get("https://x", params={"a": 1})
    response.raise_for_status()
    return [FieldOption(value=r["id"], label=r["name"][:55]) for r in response.json()]
