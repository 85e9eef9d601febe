def main(event):
    def helper():
        print('in helper')
        return printed
    print('in main')
    h = helper()
    return [h, printed]
