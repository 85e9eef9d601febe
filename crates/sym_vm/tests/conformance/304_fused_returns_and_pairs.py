def pick(a, b, c):
    return a if c else b

def add(x, y):
    return x + y

def mul(x, y):
    z = x * y
    return z

def sub(x, y):
    return x - y

def unbound(flag):
    if flag:
        v = 1
    return v if not flag else 0

def main(event):
    out = [pick(1, 2, True), pick(1, 2, False), pick('a', 'b', 0), add(2, 3), add(9223372036854775807, 1),
           add('a', 'b'), mul(3, 4), mul(4611686018427387904, 4), mul('ab', 2), sub(10, 4), sub(1.5, 0.5)]
    for call in [lambda: add(1, None), lambda: unbound(False)]:
        try:
            call()
        except (TypeError, UnboundLocalError) as e:
            out.append(str(e))
    return [str(v) for v in out]
