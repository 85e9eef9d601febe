def main(event):
    print('no newline', end='')
