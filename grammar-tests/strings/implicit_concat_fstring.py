name = 'x'
message = 'Hello ' f'{name}' '!'
