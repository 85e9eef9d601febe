def main(event):
    words = ['a', 'bb', 'ccc']
    return {w: len(w) for w in words if w != 'bb'}
