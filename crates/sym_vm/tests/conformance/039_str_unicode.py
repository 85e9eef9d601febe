def main(event):
    s = 'héllo wörld ✓'
    print(len(s), s[1], s[-1], s.upper(), s[::-1])
    return s
