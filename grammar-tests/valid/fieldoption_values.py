from sym.sdk.annotations import prefetch
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import aws_sso, google

DURATIONS = [1, 2, 4, 8]


@prefetch(field_name="account")
def get_accounts(event):
    accounts = aws_sso.list_accounts(organizational_unit_id=event.flow.vars.get("ou"))
    return [FieldOption(value=a["Id"], label="%s (%s)" % (a["Name"], a["Id"])) for a in accounts]


@prefetch(field_name="hours")
def get_hours(event):
    return [FieldOption(value=h * 3600, label="%d hour%s" % (h, "" if h == 1 else "s")) for h in DURATIONS]


@prefetch(field_name="google_group")
def get_google_groups(event):
    return [FieldOption(value=g["email"], label=g["name"]) for g in google.list_groups(domain="example.com")]
