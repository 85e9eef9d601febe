class A:
    __slots__ = ()
