def main(event):
    print(list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list())
