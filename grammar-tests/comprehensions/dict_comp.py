lengths = {word: len(word) for word in ['a', 'bb']}
