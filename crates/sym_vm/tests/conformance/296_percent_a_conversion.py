def main(event):
    return ['%a|%5a|%a' % ('é', 'x', ['ü', 1]), f"{'é'!a}"]
