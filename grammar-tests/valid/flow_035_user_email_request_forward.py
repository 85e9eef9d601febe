from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, slack


@reducer
def get_approvers(event):
    return slack.user("security-lead@example.com")


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )
