from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    import requests
    import json
    r = requests.get('https://api.example.com/text')
    c = r.content
    return [str(c), len(c), c.decode(), json.loads(c), c == r.text.encode(), c]
