def main(event):
    print('ab' * 3, 3 * 'x', 'a' * 0, 'a' * -2)
    return '-' * 10
