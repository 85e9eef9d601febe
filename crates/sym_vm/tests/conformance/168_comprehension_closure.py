def main(event):
    factor = 3
    return [i * factor for i in range(4)]
