if True:
    def __init__(self):
        pass
