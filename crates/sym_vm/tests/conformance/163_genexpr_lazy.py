def main(event):
    def noisy(x):
        print('made', x)
        return x
    for v in (noisy(i) for i in range(3)):
        print('got', v)
