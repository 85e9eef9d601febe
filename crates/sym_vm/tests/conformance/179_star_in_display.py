def main(event):
    a = [1, 2]
    return [[*a, 3], (*a,), {*a}, [*'ab']]
