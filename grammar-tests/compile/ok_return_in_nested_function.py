# CPython 3.11 compiles this: no compile-step error expected.
from sym.sdk.annotations import reducer


@reducer
def get_approvers(event):
    def pick(users):
        return users
    return pick([])
