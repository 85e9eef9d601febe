from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import aws_sso, jira
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import Template


SENSITIVE_ENVIRONMENTS = {"prod", "production", "pci"}


@reducer
def get_permissions(event):
    target = event.payload.fields.get("target")
    environment = ""
    if target is not None:
        environment = target.settings.get("environment", "")
    sensitive = environment.lower() in SENSITIVE_ENVIRONMENTS
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.ADMIN if sensitive else PermissionLevel.MEMBER,
        allow_self_approval=not sensitive,
    )


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def after_prompt(event):
    pass


@prefetch(field_name="ticket")
def get_tickets(event):
    jql = 'project = OPS AND assignee = "%s" AND statusCategory != Done' % event.user.email
    issues = jira.search_issues(jql, fields=["summary"])
    return [FieldOption(value=i["key"], label="%s: %s" % (i["key"], i["fields"]["summary"])) for i in issues]
