def main(event):
    print('a', sep=1)
