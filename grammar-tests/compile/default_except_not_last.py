# CPython 3.11 compile step: default 'except:' must be last
try:
    value = int('x')
except:
    value = 0
except ValueError:
    value = 1
