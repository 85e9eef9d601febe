def main(event):
    def f():
        try:
            try:
                raise ValueError('v')
            finally:
                print('inner finally')
        except ValueError as e:
            print('handled', e)
        finally:
            print('outer finally')
        return 'done'
    return f()
