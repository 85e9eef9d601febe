def main(event):
    pairs = [(1, 'a'), (2, 'b')]
    return {v: k for k, v in pairs}
