# CPython 3.11 compile step: 'yield' outside function
class Source:
    values = yield
