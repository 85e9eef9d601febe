def main(event):
    s = 'Hello, World'
    print(s.upper(), s.lower(), len(s), s[0], s[-1], s[2:5], s[::-1])
    return s
