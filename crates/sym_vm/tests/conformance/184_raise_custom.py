def main(event):
    class MyError(Exception):
        pass
    try:
        raise MyError('bad thing', 42)
    except MyError as e:
        print(e, e.args, repr(e))
    raise MyError('final')
