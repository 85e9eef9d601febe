def f(_event):
    return 1
