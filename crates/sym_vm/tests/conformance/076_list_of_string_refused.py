def main(event):
    return list('abc')
