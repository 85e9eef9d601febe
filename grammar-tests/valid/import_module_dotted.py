import sym.sdk.annotations
import sym.sdk.integrations.okta
from sym.sdk.integrations import slack


@sym.sdk.annotations.reducer
def get_approvers(event):
    if sym.sdk.integrations.okta.is_user_in_group(event.user, group_id="00gleads"):
        return slack.channel("#leads", allow_self=True)
    return slack.channel("#sym-requests")
