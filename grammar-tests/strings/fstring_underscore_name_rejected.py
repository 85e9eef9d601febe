_secret = 'x'
print(f'{_secret}')
