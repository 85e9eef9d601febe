# CPython 3.11 compiles this: no compile-step error expected.
make = lambda: (yield)
