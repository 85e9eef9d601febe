# CPython 3.11 compile step: 'break' outside loop
def check(user):
    if user:
        break
    return True
