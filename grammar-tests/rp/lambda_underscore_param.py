key = lambda _item: 0
