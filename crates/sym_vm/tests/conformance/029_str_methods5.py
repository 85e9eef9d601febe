def main(event):
    print('hello world'.title(), 'hELLO'.capitalize(), 'AbC'.swapcase(), 'abc'.isupper(), 'ABC'.isupper(), 'abc'.islower())
