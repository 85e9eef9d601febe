name = 'Åsa'
print(f'Hej {name} — välkommen')
