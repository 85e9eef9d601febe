def main(event):
    out = []
    for i in range(3):
        if i == 2:
            z = 5
        try:
            out.append(z + 1)
        except UnboundLocalError as e:
            out.append(str(e))
    return out
