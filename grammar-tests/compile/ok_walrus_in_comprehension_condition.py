# CPython 3.11 compiles this: no compile-step error expected.
values = [1, 2, 3]
big = [doubled for value in values if (doubled := value * 2) > 2]
