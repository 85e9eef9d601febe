from sym.sdk.annotations import prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, slack


@reducer
def get_approvers(event):
    source = event.run.source_channel.identifier
    if source:
        return slack.fallback(
            slack.channel(source),
            slack.channel("#sym-access"),
            continue_on_delivery_failure=True,
        )
    return slack.channel("#sym-access")


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
