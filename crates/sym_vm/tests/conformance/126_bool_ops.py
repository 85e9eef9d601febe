def main(event):
    print(1 and 2, 0 and 2, 0 or 'x', '' or [] or 'last', not 0, not [1], None or 0)
