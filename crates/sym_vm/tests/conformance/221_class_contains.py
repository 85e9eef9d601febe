def main(event):
    class Box:
        def __contains__(self, item):
            return item == 'yes'
    b = Box()
    return ['yes' in b, 'no' in b, 'no' not in b]
