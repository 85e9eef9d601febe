def f():
    global _state
    return 1
