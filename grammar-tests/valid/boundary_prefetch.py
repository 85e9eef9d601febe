from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import boundary


@prefetch(field_name="boundary_group")
def get_boundary_groups(event):
    groups = boundary.list_groups(scope_id=event.flow.vars.get("scope", "global"), recursive=True)
    return [FieldOption(value=g["id"], label=g.get("name") or g["id"]) for g in groups]
