from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption

REGIONS = ["us-east-1", "eu-west-1", "ap-south-1"]


@prefetch(field_name="region")
def get_regions(event):
    label = lambda region: region.upper().replace("-", " ")
    return [FieldOption(value=r, label=label(r)) for r in REGIONS if not r.startswith("ap")]
