x = 1
label = 'a' if x == 1 else 'b' if x == 2 else 'c'
