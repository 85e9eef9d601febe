𝐟𝐨𝐨 = 1
print(foo)
