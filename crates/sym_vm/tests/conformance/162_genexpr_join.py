def main(event):
    return ', '.join(str(x) for x in range(5))
