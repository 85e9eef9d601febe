def sorted_list(s):
    l = list(s)
    l.sort()
    return l

def main(event):
    a = {1, 2, 3}
    b = {2, 3, 4}
    print(sorted_list(a | b), sorted_list(a & b), sorted_list(a - b), sorted_list(a ^ b))
    print(a <= {1, 2, 3, 4}, a < a, {1}.issubset(a), a.issuperset({1}), a.isdisjoint({9}))
    return a & b
