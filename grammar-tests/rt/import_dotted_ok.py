import sym.sdk.annotations


@sym.sdk.annotations.reducer
def get_approvers(event):
    return event.name
