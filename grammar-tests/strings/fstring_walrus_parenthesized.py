print(f'{(n := 10)} {n}')
