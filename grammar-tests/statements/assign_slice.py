values = [1, 2, 3, 4]
values[1:3] = [9]
