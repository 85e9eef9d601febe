from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import aws_sso, jira, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def after_request_forward(event):
    slack.send_thread_message("This request has been forwarded to the next approvers.")


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


REGIONS = {"us-east-1": "US East", "eu-west-1": "EU West", "ap-south-1": "Asia Pacific"}


@prefetch(field_name="region")
def get_regions(event):
    options = []
    for value, label in REGIONS.items():
        options.append(FieldOption(value=value, label=label))
    return options
