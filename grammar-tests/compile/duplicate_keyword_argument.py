# CPython 3.11 compile step: keyword argument repeated: user
def show(**kwargs):
    return kwargs


show(user=1, user=2)
