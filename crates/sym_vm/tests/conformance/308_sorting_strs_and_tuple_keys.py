def sorted_copy(items, key):
    copy = list(items)
    copy.sort(key=key)
    return copy

def main(event):
    words = ['user12', 'user120', 'user9', 'a', 'a\x00', '', 'abcdefgh2', 'abcdefgh1', 'é', 'z', 'x' * 30, 'x' * 29 + 'y', 'ß', 'Z']
    words.sort()
    people = [{'name': 'user' + str((i * 37) % 11), 'age': i % 3, 'tags': (i % 2, ('t', i % 4))} for i in range(12)]
    people.sort(key=lambda p: (p['age'], p['name']))
    by_tags = [p['name'] for p in sorted_copy(people, lambda p: (p['tags'], p['name']))]
    people.sort(key=lambda p: p['name'], reverse=True)
    out = [words, [(p['age'], p['name']) for p in people], by_tags]
    try:
        mixed = [(1, 'a'), (1, 2)]
        mixed.sort()
    except TypeError as e:
        out.append(str(e))
    return out
