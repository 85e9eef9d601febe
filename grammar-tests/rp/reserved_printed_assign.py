printed = ''
