from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import aws_lambda, jira, okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


APPROVER_GROUP = "00g1abcd2345"


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id=APPROVER_GROUP)
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)


@prefetch(field_name="ticket")
def get_tickets(event):
    jql = 'project = OPS AND assignee = "%s" AND statusCategory != Done' % event.user.email
    issues = jira.search_issues(jql, fields=["summary"])
    return [FieldOption(value=i["key"], label="%s: %s" % (i["key"], i["fields"]["summary"])) for i in issues]
