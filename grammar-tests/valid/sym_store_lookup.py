from sym.sdk.annotations import hook
from sym.sdk.integrations import slack, sym


@hook
def after_approve(event):
    reviewers = sym.get_or_create_users_by_emails(["audit@example.com", "ciso@example.com"])
    for reviewer in reviewers:
        slack.send_message(reviewer, "FYI: %s was approved." % event.user.email)
