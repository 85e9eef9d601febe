def main(event):
    return enumerate([1])
