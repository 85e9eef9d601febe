raise RuntimeError("broken module")


def h(event):
    return 1
