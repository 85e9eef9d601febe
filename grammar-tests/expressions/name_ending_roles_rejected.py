x__roles__ = 1
