def main(event):
    try:
        2.0 ** 10000
    except OverflowError as e:
        return [e.args, str(e)]
