_private = 1
