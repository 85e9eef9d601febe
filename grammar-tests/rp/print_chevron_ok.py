def f(stream):
    print >> stream, 'hi'
