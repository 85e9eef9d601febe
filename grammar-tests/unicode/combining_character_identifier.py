été = 'summer'
print(été)
