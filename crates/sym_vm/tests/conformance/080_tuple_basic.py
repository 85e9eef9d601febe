def main(event):
    t = (1, 'a', 2.5)
    print(t, t[1], len(t), t[::-1], (1,), (), t + (3,), t * 2)
    return t
