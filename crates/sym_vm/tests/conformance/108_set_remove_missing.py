def main(event):
    s = {1}
    s.remove(2)
