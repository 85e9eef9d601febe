from sym.sdk.annotations import hook
from sym.sdk.integrations import knowbe4, onelogin
from sym.sdk.templates import ApprovalTemplate

ADMIN_ROLE_ID = 123456


@hook
def on_request(event):
    enrollments = knowbe4.get_training_enrollments_for_user(event.user)
    incomplete = [e for e in enrollments if e.get("status") != "Passed"]
    if incomplete:
        return ApprovalTemplate.deny(reason="Complete your security training first (%d left)." % len(incomplete))
    if onelogin.is_user_in_role(event.user, role_id=ADMIN_ROLE_ID):
        return ApprovalTemplate.approve()
