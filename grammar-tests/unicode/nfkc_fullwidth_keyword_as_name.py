ｉｆ = 1
print(ｉｆ)
