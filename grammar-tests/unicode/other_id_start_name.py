℘ = 2
print(℘)
