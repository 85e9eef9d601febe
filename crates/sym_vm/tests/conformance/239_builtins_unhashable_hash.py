def main(event):
    return hash([1])
