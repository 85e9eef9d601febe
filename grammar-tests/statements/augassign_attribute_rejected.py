class Counter:
    pass

counter = Counter()
counter.value = 0
counter.value += 1
