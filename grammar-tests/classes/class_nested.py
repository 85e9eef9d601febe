class Outer:
    class Inner:
        VALUE = 1
