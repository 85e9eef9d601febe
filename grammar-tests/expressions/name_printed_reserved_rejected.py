printed = 'x'
