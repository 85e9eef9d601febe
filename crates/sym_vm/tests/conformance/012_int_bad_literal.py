def main(event):
    return int('abc')
