collect = lambda *items, **named: (items, named)
