from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    out = []
    for args in [("010", 0), ("0x_f", 16), ("1__0",), ("+5",), ("7", 40)]:
        try:
            out.append(int(*args))
        except ValueError as e:
            out.append(str(e))
    out.append("name\tvalue\nx\ty".expandtabs(6))
    out.append(range(0, 50, 5).index(35))
    out.append([3, 1, 3].index(3, 1))
    try:
        out.append(float(10 ** 400))
    except OverflowError as e:
        out.append(str(e))
    try:
        out.append(["a"] * "3")
    except TypeError as e:
        out.append(str(e))
    return out
