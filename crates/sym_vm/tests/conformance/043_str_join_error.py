def main(event):
    return ', '.join(['a', 1])
