def main(event):
    try:
        {}['k']
    except LookupError as e:
        print('lookup', repr(e), e.args)
    try:
        1 / 0
    except ArithmeticError:
        print('arith')
    try:
        int('x')
    except Exception as e:
        print('exc', e)
