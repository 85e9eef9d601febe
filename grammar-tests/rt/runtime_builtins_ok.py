def get_approvers(event):
    values = [abs(-1), round(2.5), int("3"), float("1.5"), str(4), len([1]), bool(0)]
    return values, isinstance(1, int), list(range(3)), tuple([1, 2]), repr("x"), divmod(7, 2)
