from sym.sdk.integrations.slack import channel, fallback, group, mention, send_message, user
from sym.sdk.integrations.okta import is_user_in_group, users_in_group
from sym.sdk.integrations.pagerduty import PagerDutyStatus, is_on_call
