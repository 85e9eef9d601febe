label = 'שלום'
print(label)
