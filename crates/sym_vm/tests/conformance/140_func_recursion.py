def main(event):
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return [fact(20), fact(25), fib(15)]
