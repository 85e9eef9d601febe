a = b'abc'
b = B'\x00\xff'
c = rb'\d'
d = BR'x'
