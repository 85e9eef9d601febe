# CPython 3.11 compile step: 'break' outside loop
for name in ['a', 'b']:
    print(name)
else:
    break
