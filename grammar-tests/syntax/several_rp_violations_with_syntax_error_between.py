_a = 1

if True
    pass

_b = 2
import sys
