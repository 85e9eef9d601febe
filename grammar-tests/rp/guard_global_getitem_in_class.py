class Registry:
    names = ["a"][0]
    global _getitem_
