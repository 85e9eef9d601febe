print(f'{ {"a": 1}["a"] }')
