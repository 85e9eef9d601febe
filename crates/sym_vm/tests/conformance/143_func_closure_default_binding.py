def main(event):
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]
