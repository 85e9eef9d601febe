from sym.sdk.annotations import reducer


@reducer
def get_approvers(event):
    for index, name in enumerate(["#a", "#b"]):
        print(index, name)
    return None
