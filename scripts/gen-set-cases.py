import random, sys
seed = int(sys.argv[1]); random.seed(seed)
def rint(): return random.choice([random.randint(-20, 40), random.randint(-10**6, 10**6), random.randint(-2**70, 2**70), 2**61 - 1 + random.randint(-3, 3)])
def rstr():
    alpha = random.choice(["abcxyz", "éàü", "λμπ", "😀🎉", "AB_12"])
    return "".join(random.choice(alpha) for _ in range(random.randint(0, 6)))
def rval(depth=0):
    r = random.random()
    if r < 0.35: return repr(rint())
    if r < 0.7: return repr(rstr())
    if r < 0.8: return repr(random.choice([0.5, -1.25, 3.0, 1e100, -0.0, 2.5e-5, float(random.randint(-50, 50)) / 4]))
    if r < 0.85: return random.choice(["True", "False"])
    if depth < 2: return "(" + ", ".join(rval(depth + 1) for _ in range(random.randint(0, 3))) + ",)"
    return repr(rint())
lines = ["def h(event):"]
for v in "abc":
    n = random.randint(0, 25)
    lines.append(f"    {v} = {{{', '.join(rval() for _ in range(n))}}}" if n else f"    {v} = set() if False else {{1}} - {{1}}")
ops = []
for _ in range(random.randint(4, 12)):
    op = random.choice(["print(a | b)", "print(a & b)", "print(a - b)", "print(b - a)", "print(a ^ b)", "print(list(a))",
        "a.add(%s)" % rval(), "a.discard(%s)" % rval(), "b.update(%s)" % ("[" + ", ".join(rval() for _ in range(random.randint(0, 8))) + "]"),
        "print(a.union(b, c))", "print(a.intersection(c, b))", "print(a.difference(b, c))", "print(a.symmetric_difference(b))",
        "a |= c", "b &= a", "c -= b", "a ^= b", "print({*a, *c})", "print(', '.join(str(x) for x in c))",
        "print([x for x in b])", "print(a.pop() if a else None)", "print(a.copy())", "print({x for x in c})",
        "print(frozenset_like := a | {0})" if False else "print(sum_like := len(a))",
        "for x in list(a)[:3]:\n        a.discard(x)", "print({(1, 2), (2, 1), ('a',)} | a)"])
    lines.append("    " + op)
lines.append("    print(a, b, c)")
lines.append("    return None")
print("\n".join(lines))
