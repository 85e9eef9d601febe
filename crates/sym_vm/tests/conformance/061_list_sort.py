def main(event):
    l = [5, 2, 8, 1, 9]
    l.sort()
    print(l)
    l.sort(reverse=True)
    print(l)
    words = ['banana', 'Apple', 'cherry', 'date']
    words.sort(key=len)
    print(words)
    words.sort(key=lambda w: w.lower())
    return words
