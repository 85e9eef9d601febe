def main(event):
    class C:
        x = 1
        y = x + 1
        z = [x, y]
    return C.z
