def main(event):
    def inner(d):
        return d['missing']
    def outer():
        x = 1
        return inner({})
    return outer()
