def log(print):
    return 1
