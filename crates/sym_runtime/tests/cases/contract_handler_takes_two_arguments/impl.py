def h(event, extra):
    return 1
