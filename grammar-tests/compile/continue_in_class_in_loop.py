# CPython 3.11 compile step: 'continue' not properly in loop
while True:
    class Inner:
        continue
