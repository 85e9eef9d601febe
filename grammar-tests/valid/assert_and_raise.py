from sym.sdk.annotations import hook
from sym.sdk.exceptions import SymException
from sym.sdk.templates import ApprovalTemplate


class PolicyError(Exception):
    pass


def check_reason(reason):
    if len(reason) < 10:
        raise PolicyError("reason too short")
    return reason


@hook
def on_request(event):
    try:
        check_reason(event.payload.fields.get("reason", ""))
    except PolicyError as error:
        return ApprovalTemplate.deny(reason=str(error))
    except SymException:
        raise
    assert event.user is not None
