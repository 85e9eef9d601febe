def main(event):
    return [bool(0), bool('a'), bool([]), bool({}), bool(None), len('abc'), len([1]), len({'a': 1}), len(range(5))]
