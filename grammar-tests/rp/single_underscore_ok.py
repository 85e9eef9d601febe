for _ in range(3):
    pass
_ = 1
total = _ + 1
