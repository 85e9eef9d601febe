def main(event):
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append('f')
    return out
