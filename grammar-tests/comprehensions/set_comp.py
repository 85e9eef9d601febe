letters = {c for c in 'hello'}
