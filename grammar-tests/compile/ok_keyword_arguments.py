# CPython 3.11 compiles this: no compile-step error expected.
def show(**kwargs):
    return kwargs


show(user=1, group=2, **{'role': 3})
