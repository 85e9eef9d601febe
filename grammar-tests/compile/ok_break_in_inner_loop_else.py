# CPython 3.11 compiles this: no compile-step error expected.
for name in ['a']:
    for item in [1]:
        print(item)
    else:
        break
