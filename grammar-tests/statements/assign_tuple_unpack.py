first, second = 1, 2
first, second = second, first
