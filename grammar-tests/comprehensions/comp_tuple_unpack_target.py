pairs = [(1, 'a'), (2, 'b')]
names = [name for number, name in pairs]
