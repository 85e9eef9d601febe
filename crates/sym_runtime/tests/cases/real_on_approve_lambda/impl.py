from sym.sdk.annotations import hook
from sym.sdk.integrations import aws_lambda, slack
from sym.sdk.templates import ApprovalTemplate


@hook
def after_approve(event):
    result = aws_lambda.invoke(
        "arn:aws:lambda:us-east-1:1:function:grant",
        {"user": event.user.email, "fields": event.payload.fields},
    )
    if result.get("errors"):
        slack.send_message(slack.channel("#ops"), "grant failed")
        return ApprovalTemplate.deny(reason="grant failed")
    slack.send_message(slack.user(event.user), f"Access granted: {result['body']}")
