for True in []:
    pass
