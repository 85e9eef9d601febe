def f(code):
    return code.co_code
