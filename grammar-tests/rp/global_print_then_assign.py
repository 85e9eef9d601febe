def f():
    global print
    print = 1
