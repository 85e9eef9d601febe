def pages(n):
    for i in range(n):
        yield i
