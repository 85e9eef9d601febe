def __init__(self):
    pass
