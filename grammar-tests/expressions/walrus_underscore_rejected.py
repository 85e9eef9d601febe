if (_x := 3) > 2:
    pass
