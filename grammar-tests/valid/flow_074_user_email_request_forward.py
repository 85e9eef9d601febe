from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, slack


@reducer
def get_approvers(event):
    return slack.user("security-lead@example.com")


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
