from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


def is_urgent(event):
    return (
        pagerduty.is_on_call(event.user, schedule_name="prod_on_call_schedule")
        or event.payload.fields["urgency"] == "High"
    )


@reducer
def get_permissions(event):
    return RequestPermission(
        # Only admins can view requests made by other users in the Sym web app.
        webapp_view=PermissionLevel.ADMIN,
        # Members and admins may approve or deny Sym requests.
        approve_deny=PermissionLevel.MEMBER,
        # Users may approve their own requests if they are on-call or mark the request as High urgency
        allow_self_approval=is_urgent(event),
    )


@reducer
def get_request_notifications(event):
    managers_okta_group = "00g12345678abc"

    if is_urgent(event):
        # Send a notification to the #break-glass channel; user would also be allowed to self-approve by
        # get_permissions Reducer.
        return [Notification(destinations=[slack.channel("#break-glass")])]
    else:
        # First send requests to #sym-requests. If they aren't actioned in 5 minutes, forward the request to #managers.
        # If still not actioned in a further 5 minutes, send a group DM to members of the "managers" Okta group.
        return [
            Notification(destinations=[slack.channel("#sym-requests")], timeout=300),
            Notification(destinations=[slack.channel("#managers")], timeout=300),
            Notification(destinations=[slack.group(okta.users_in_group(group_id=managers_okta_group))]),
        ]
