def main(event):
    words = 'the cat and the hat and the bat'.split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts
