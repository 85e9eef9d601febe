from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import aws_lambda, aws_sso, okta, slack
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_approvers(event):
    return slack.user("security-lead@example.com")


@hook
def on_request(event):
    if okta.is_user_in_group(event.user, group_id="00gsre"):
        return ApprovalTemplate.approve(reason="SRE members are approved automatically")


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")


@hook
def after_escalate(event):
    arn = event.flow.vars["provision_lambda_arn"]
    result = aws_lambda.invoke(arn, {"action": "grant", "user": event.user.email})
    print("provisioned:", result)


REGIONS = {"us-east-1": "US East", "eu-west-1": "EU West", "ap-south-1": "Asia Pacific"}


@prefetch(field_name="region")
def get_regions(event):
    options = []
    for value, label in REGIONS.items():
        options.append(FieldOption(value=value, label=label))
    return options
