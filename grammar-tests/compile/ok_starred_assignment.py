# CPython 3.11 compiles this: no compile-step error expected.
head, *tail = [1, 2, 3]
merged = [*tail, head]
print(*merged)
