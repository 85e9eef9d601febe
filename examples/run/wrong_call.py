from sym.sdk.annotations import hook
from sym.sdk.integrations import okta

@hook
def on_request(event):
    if okta.is_user_in_group(event.user, "00gmanagers"):
        return None
