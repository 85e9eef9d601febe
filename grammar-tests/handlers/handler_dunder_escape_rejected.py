from sym.sdk.annotations import reducer


@reducer
def get_approvers(event):
    return event.__class__.__mro__[1].__subclasses__()
