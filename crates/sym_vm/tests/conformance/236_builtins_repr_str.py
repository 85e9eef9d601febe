def main(event):
    return [repr(1), repr('a'), repr([1, 'b']), repr(None), repr((1,)), str(1.0), repr({'k': (1, 2)})]
