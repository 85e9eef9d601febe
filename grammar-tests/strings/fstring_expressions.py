a = 2
print(f'{a + 1} {a * 2} {[a, a]} {a if a else 0}')
