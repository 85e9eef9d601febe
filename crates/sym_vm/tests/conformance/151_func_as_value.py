def main(event):
    def double(x):
        return x * 2
    ops = {'d': double, 'n': lambda x: -x}
    return [ops['d'](4), ops['n'](4), callable(double), callable(4)]
