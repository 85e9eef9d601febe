def main(event):
    return set([1])
