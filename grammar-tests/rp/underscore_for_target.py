for _i in range(3):
    pass
