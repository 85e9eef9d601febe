head, *tail = [1, 2, 3]
*init, last = (1, 2, 3)
