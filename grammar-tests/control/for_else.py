for n in [1, 2]:
    if n > 5:
        break
else:
    print('none above five')
