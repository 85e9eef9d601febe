from sym.sdk.annotations import reducer
from sym.sdk.request_permission import PermissionLevel, RequestPermission

@reducer
def get_permissions(event):
    return RequestPermission(
        # Only admins may view this request in Sym's web app.
        webapp_view=PermissionLevel.ADMIN, 
      	# Any non-guest user may approve or deny requests.
        approve_deny=PermissionLevel.MEMBER, 
        # allow_self_approval lets users approve their own requests. This is great for testing!
        allow_self_approval=False
    )
