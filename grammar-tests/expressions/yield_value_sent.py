def echo():
    received = yield 1
    print(received)
