import json

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    answer = aws_lambda.invoke(event.flow.vars["router_arn"], event)
    try:
        channel = answer.get("channel")
    except AttributeError:
        channel = None
    return slack.channel(channel or "#sym-requests")


@hook
def on_approve(event):
    result = aws_lambda.invoke(event.flow.vars["policy_arn"], {"approver": event.user.email, "fields": json.dumps(event.payload.fields, default=str)})
    if result and result.get("deny"):
        return ApprovalTemplate.ignore(message=result.get("message", "Policy refuses this approval."))
