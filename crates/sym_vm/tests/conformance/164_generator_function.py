def main(event):
    def gen(n):
        for i in range(n):
            yield i * 10
        yield 'end'
    return list(gen(3))
