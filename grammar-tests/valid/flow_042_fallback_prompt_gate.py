import requests

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, aws_sso, jira, slack
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_approvers(event):
    source = event.run.source_channel.identifier
    if source:
        return slack.fallback(
            slack.channel(source),
            slack.channel("#sym-access"),
            continue_on_delivery_failure=True,
        )
    return slack.channel("#sym-access")


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def on_escalate(event):
    response = requests.get(
        "https://compliance.example.com/api/training",
        params={"email": event.user.email},
        headers={"Authorization": "Bearer " + event.flow.vars.get("compliance_token", "")},
        timeout=10,
    )
    if response.status_code != 200:
        return ApprovalTemplate.deny(reason="compliance check unavailable")
    if not response.json().get("completed", False):
        return ApprovalTemplate.deny(reason="security training is not complete")


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


@hook
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")
