from sym.sdk.annotations import reducer
from sym.sdk.exceptions import SymException
from sym.sdk.integrations import okta


@reducer
def get_approvers(event):
    try:
        members = okta.users_in_group(group_id="00gabc")
    except SymException as error:
        print("okta failed:", error)
        members = []
    return members
