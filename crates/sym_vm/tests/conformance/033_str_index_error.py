def main(event):
    s = 'abc'
    return s[5]
