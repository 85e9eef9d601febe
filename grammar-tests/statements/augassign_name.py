total = 0
total += 5
total -= 1
total *= 2
total //= 3
total %= 7
total **= 2
