def f(g):
    return g.gi_yieldfrom
