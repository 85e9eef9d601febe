def main(event):
    f = 'a{}'.format
    return f
