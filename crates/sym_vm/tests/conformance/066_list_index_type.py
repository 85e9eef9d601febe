def main(event):
    l = [1, 2]
    return l['a']
