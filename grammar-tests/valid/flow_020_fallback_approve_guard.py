from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_lambda, slack
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
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)
