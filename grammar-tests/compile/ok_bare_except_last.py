# CPython 3.11 compiles this: no compile-step error expected.
try:
    value = int('x')
except ValueError:
    value = 1
except:
    value = 0
