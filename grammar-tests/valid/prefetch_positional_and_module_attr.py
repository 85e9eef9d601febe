from sym.sdk.annotations import prefetch, reducer
from sym.sdk import annotations
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import slack


@prefetch("group")
def groups(event):
    return [FieldOption(value="a", label="A")]


@annotations.prefetch(field_name="team")
def teams(event):
    return [FieldOption(value=t, label=t.title()) for t in ("core", "infra")]


@annotations.reducer
def get_approvers(event):
    return slack.channel("#x")
