a = Rb'x'
b = bR'x'
c = Fr'{a}'
d = rF'{b}'
