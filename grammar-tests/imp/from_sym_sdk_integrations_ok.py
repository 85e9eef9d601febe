from sym.sdk.integrations import slack, okta, pagerduty
