class A(x=(yield)):
    pass
