# CPython 3.11 compile step: 'continue' not properly in loop
for name in ['a', 'b']:
    def handler():
        continue
