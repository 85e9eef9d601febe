def main(event):
    out = []
    for v in [1, 0]:
        try:
            r = 10 // v
        except ZeroDivisionError:
            out.append('zero')
        else:
            out.append(r)
        finally:
            out.append('fin')
    return out
