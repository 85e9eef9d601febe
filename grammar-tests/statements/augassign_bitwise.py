flags = 0
flags |= 4
flags &= 6
flags ^= 1
flags <<= 2
flags >>= 1
