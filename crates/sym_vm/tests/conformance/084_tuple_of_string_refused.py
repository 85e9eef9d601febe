def main(event):
    return tuple('ab')
