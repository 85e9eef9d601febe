def main(event):
    return dict(a=1)
