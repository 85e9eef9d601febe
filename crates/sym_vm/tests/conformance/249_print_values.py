def main(event):
    print(None, True, 1.5, [1, 'a'], {'k': None}, (1,), -0.0)
