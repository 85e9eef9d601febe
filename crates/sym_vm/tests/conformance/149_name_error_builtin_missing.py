def main(event):
    return sorted([3, 1])
