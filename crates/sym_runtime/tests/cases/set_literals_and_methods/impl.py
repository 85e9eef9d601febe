from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    small = {3, 1, 2}
    words = {"admin", "ops", "sre", "dev", "security"}
    emails = {"alice@example.com", "bob@example.com", "carol@example.com"}
    mixed = {1, "a", (1, 2), 2.5, True}
    print(small, words, emails, mixed)
    print(sorted_like := [w for w in words], ", ".join(emails))
    s = {"q"} - {"q"}; s.add("x"); s.add("y"); s.update(["z", "x"]); s.discard("y")
    print(s, len(s), "x" in s, s.pop(), s)
    print(words | {"extra"}, words & {"ops", "dev", "nope"}, words - {"ops"}, words ^ {"ops", "new"})
    print({c for c in "mississippi"}, {n % 5 for n in range(20)}, {*small, *"ab"})
    return None
