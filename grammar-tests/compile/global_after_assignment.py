# CPython 3.11 compile step: name 'count' is assigned to before global declaration
count = 0


def bump():
    count = 1
    global count
