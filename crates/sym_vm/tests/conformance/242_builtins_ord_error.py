def main(event):
    return ord('ab')
