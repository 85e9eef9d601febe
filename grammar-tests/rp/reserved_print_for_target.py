for print in range(3):
    pass
