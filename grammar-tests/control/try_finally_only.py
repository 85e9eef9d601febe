try:
    print('x')
finally:
    print('y')
