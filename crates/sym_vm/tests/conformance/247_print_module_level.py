print('module body')

def main(event):
    print('main')
