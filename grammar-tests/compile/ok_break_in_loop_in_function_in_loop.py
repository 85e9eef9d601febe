# CPython 3.11 compiles this: no compile-step error expected.
for name in ['a', 'b']:
    def first(items):
        for item in items:
            if item:
                break
        return item
