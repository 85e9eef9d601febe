def main(event):
    def f():
        try:
            return 'try'
        finally:
            print('finally runs')
    return f()
