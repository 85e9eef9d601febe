from sym.sdk.integrations import aws_iam, aws_lambda, aws_sso, boundary, github, google, jira, knowbe4, okta, onelogin, pagerduty, slack, store, sym
