# CPython 3.11 compile step: name 'count' is used prior to global declaration
count = 0


def bump():
    print(count)
    global count
    count = 1
