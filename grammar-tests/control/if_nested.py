a = 1
b = 2
if a:
    if b:
        print('both')
