def main(event):
    x = 5
    return ['big' if x > 3 else 'small', 'a' if not x else 'b']
