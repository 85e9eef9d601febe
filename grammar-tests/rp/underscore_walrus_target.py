if (_n := 3) > 2:
    pass
