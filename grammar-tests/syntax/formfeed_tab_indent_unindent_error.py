from sym.sdk.annotations import hook
from sym.sdk.utils.user import persist_user_identity


@hook
def after_request(event):
 	  github_login = event.payload.fields.get("github_username")
    if github_login:
        persist_user_identity(email=event.user.email, service="github", service_id="example-org", user_id=github_login)
