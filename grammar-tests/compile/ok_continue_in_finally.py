# CPython 3.11 compiles this: no compile-step error expected.
for name in ['a', 'b']:
    try:
        print(name)
    finally:
        continue
