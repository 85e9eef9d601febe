def first[T](items):
    return items[0]
