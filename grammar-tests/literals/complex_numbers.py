a = 1j
b = 2 + 3J
