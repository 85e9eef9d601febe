s = ' Mixed Case '
print(s.strip().lower(), s.upper(), s.split(), s.replace('a', 'b'), s.startswith(' '))
print(','.join(['a', 'b']), s.find('C'), s.count(' '))
