def main(event):
    users = [{'n': 'b', 'age': 30}, {'n': 'a', 'age': 25}, {'n': 'c', 'age': 30}]
    users.sort(key=lambda u: (-u['age'], u['n']))
    return [u['n'] for u in users]
