def main(event):
    out = []
    for x in range(6):
        if x == 0:
            out.append('zero')
        elif x % 2 == 0:
            out.append('even')
        else:
            out.append('odd')
    return out
