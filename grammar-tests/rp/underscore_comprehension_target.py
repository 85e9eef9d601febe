squares = [_v * _v for _v in range(3)]
