def f(text):
    return int(eval(text))
