def main(event):
    def loud(fn):
        def wrapper(*a, **k):
            print('calling')
            return fn(*a, **k)
        return wrapper
    @loud
    def hello(n):
        return 'hi ' + n
    return hello('x')
