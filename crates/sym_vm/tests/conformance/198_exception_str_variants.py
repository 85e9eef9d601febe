def main(event):
    print(str(ValueError()), str(ValueError('a')), str(ValueError('a', 'b')), str(KeyError('k')), repr(KeyError('k')), str(KeyError()))
