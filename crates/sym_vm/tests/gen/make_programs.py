"""Writes the conformance programs (tests/conformance/NNN_name.py).
Expected outputs are generated separately with the oracle."""
import os, textwrap
OUT = os.path.join(os.path.dirname(__file__), "..", "conformance")
P = {}
def prog(name, body, module=""):
    src = textwrap.dedent(module).strip() + "\n\n" if module.strip() else ""
    src += "def main(event):\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\n"
    P[name] = src

# ---- ints and arithmetic
prog("int_add", "print(1 + 2, 7 - 10, 6 * 7)\nreturn 3 + 4")
prog("int_div", "print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)\nreturn 1 / 4")
prog("int_big", "x = 2 ** 100\nprint(x, x * x, -x)\nprint(x // 3, x % 7)\nreturn str(x)")
prog("int_overflow_mul", "x = 9223372036854775807\nprint(x + 1, x * 2, -x - 2)\nreturn x + 1 - 1")
prog("int_pow", "print(2 ** 10, 2 ** -1, (-2) ** 3, 10 ** 20)\nprint(pow(3, 4), pow(3, 4, 5))\nreturn 3 ** 3")
prog("int_bitops", "print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, 1024 >> 3, -9 >> 1)")
prog("int_divmod", "print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))")
prog("int_zero_div", "return 1 // 0")
prog("int_zero_div_mod", "x = 0\nreturn 5 % x")
prog("true_div_zero", "return 1 / 0")
prog("float_div_zero", "return 1.5 / 0.0")
prog("int_conversions", "print(int('42'), int(' -7 '), int(3.9), int(-3.9), int('ff', 16), int('0x1f', 0))\nprint(hex(255), oct(8), hex(-1))")
prog("int_bad_literal", "return int('abc')")
prog("int_abs_round", "print(abs(-5), abs(3.5), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))")
prog("bool_arith", "print(True + True, True * 10, False - 1, -True)\nreturn True")
prog("int_compare_chain", "x = 5\nprint(1 < x < 10, 1 < x > 10, 1 == 1.0, 3 > 2 >= 2)")
prog("int_huge_str", "x = 10 ** 50\nprint(len(str(x)), x % 97)")
# ---- floats
prog("float_repr", "print(0.1, 0.1 + 0.2, 1e20, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123, -0.0, 1/3)")
prog("float_repr2", "print(2.0, 100.0, 1e22, 1.0e-10, 3.14159, 2.5e300, 1e-320)\nreturn [1.5, 2.25, 1e100]")
prog("float_ops", "print(3.5 // 2, -3.5 // 2, 3.5 % 2, -3.5 % 2, 2.0 ** 0.5, 7.0 / 2)")
prog("float_conv", "print(float('1.5'), float('  2 '), float(3), float('inf'), float('-inf'))\nprint(int(2.0 ** 60))")
prog("float_bad", "return float('x1')")
prog("float_int_compare", "print(1.0 == 1, 0.5 < 1, 2 ** 64 > 1e19, 10 ** 20 == 1e20)")
prog("float_is_integer", "print((2.0).is_integer(), (2.5).is_integer())")
# ---- strings
prog("str_basic", "s = 'Hello, World'\nprint(s.upper(), s.lower(), len(s), s[0], s[-1], s[2:5], s[::-1])\nreturn s")
prog("str_methods1", "s = '  a b  c  '\nprint(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.split(' '))")
prog("str_methods2", "s = 'a,b,,c'\nprint(s.split(','), s.split(',', 1), s.rsplit(',', 1), '-'.join(['x', 'y', 'z']))")
prog("str_methods3", "s = 'hello world'\nprint(s.replace('o', '0'), s.find('o'), s.rfind('o'), s.find('z'), s.index('w'), s.count('l'))")
prog("str_methods4", "s = 'Hello'\nprint(s.startswith('He'), s.endswith('lo'), s.startswith(('x', 'H')), s.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '  '.isspace())")
prog("str_methods5", "print('hello world'.title(), 'hELLO'.capitalize(), 'AbC'.swapcase(), 'abc'.isupper(), 'ABC'.isupper(), 'abc'.islower())")
prog("str_methods6", "print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'))")
prog("str_methods7", "print('42'.zfill(5), '-42'.zfill(5), 'ab'.center(6, '*'), 'ab'.ljust(5, '.'), 'ab'.rjust(5), 'abc'.center(6))")
prog("str_methods8", "print('line1\\nline2\\r\\nline3'.splitlines(), 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))")
prog("str_index_error", "s = 'abc'\nreturn s[5]")
prog("str_index_type", "s = 'abc'\nreturn s['x']")
prog("str_concat_error", "return 'a' + 1")
prog("str_mul", "print('ab' * 3, 3 * 'x', 'a' * 0, 'a' * -2)\nreturn '-' * 10")
prog("str_in", "print('ell' in 'hello', 'z' in 'hello', 'a' not in 'abc')")
prog("str_compare", "print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'a' == 'a', 'b' > 'abc')")
prog("str_unicode", "s = 'héllo wörld ✓'\nprint(len(s), s[1], s[-1], s.upper(), s[::-1])\nreturn s")
prog("str_repr_quotes", "print(repr('it\\'s'), repr('say \"hi\"'), repr('both \\' and \"'), repr('tab\\there\\n'))")
prog("str_format_forbidden", "return 'x {}'.format(1)")
prog("str_iter", "out = []\nfor ch in 'abc':\n    out.append(ch * 2)\nreturn out")
prog("str_join_error", "return ', '.join(['a', 1])")
prog("str_strip_chars", "print('xxhixx'.strip('x'), '..a..'.lstrip('.'), 'abccc'.rstrip('c'))")
prog("str_conversions", "print(str(1), str(1.5), str(None), str(True), str([1, 'a']), repr('a'), str('x'))")
prog("str_chr_ord", "print(chr(65), ord('a'), chr(9731), ord('✓'))")
prog("str_slice_steps", "s = '0123456789'\nprint(s[1:8:2], s[::3], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:2])")
# ---- fstrings & formatting
prog("fstring_basic", "name = 'Ann'\nn = 3\nreturn f'{name} has {n} items, {n * 2} doubled'")
prog("fstring_specs", "x = 3.14159\nn = 42\nprint(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{n:05d}|{n:>6}|{n:<6}|{n:^6}|{n:x}|{n:#x}|{n:b}|{n:,}')")
prog("fstring_specs2", "print(f'{1234567.891:,.2f}|{0.25:.1%}|{1e-7:g}|{123456789.0:g}|{1.5:e}|{-3:+d}|{3:+d}|{\"ab\":>5}|{\"ab\":*^8}')")
prog("fstring_conversions", "s = 'hi'\nprint(f'{s!r} {s!s} {s!a} {[1, \"a\"]!r}', f'{\"é\"!a}')")
prog("fstring_nested", "w = 8\np = 2\nx = 3.14159\nreturn f'[{x:{w}.{p}f}]'")
prog("fstring_debug", "x = 5\nreturn f'{x=} {x + 1=}'")
prog("fstring_float_default", "print(f'{0.1 + 0.2}', f'{1e20}', f'{2.0}', f'{1.5:.3}', f'{100.0:.3}', f'{1234.5:.3}')")
prog("percent_format", "print('%s is %d years' % ('Bob', 30), '%.2f' % 3.14159, '%5s|%-5s|' % ('a', 'b'), '%x %o %%' % (255, 8))")
prog("percent_format2", "print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%r' % 'q', '%05.1f' % 2.25, '%+d' % 5, '%s' % [1, 2])")
prog("percent_format_error", "return '%d %d' % (1,)")
prog("format_bad_spec", "x = 'abc'\nreturn f'{x:d}'")
# ---- lists
prog("list_basic", "l = [3, 1, 2]\nl.append(5)\nl.insert(0, 9)\nl.extend([7, 8])\nprint(l, len(l), l[0], l[-1], l[1:3])\nreturn l")
prog("list_pop_remove", "l = [1, 2, 3, 2]\nprint(l.pop(), l.pop(0), l)\nl.remove(2)\nprint(l, l.index(2), l.count(2))")
prog("list_sort", "l = [5, 2, 8, 1, 9]\nl.sort()\nprint(l)\nl.sort(reverse=True)\nprint(l)\nwords = ['banana', 'Apple', 'cherry', 'date']\nwords.sort(key=len)\nprint(words)\nwords.sort(key=lambda w: w.lower())\nreturn words")
prog("list_sort_stable", "pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]\npairs.sort(key=lambda p: p[1])\nreturn pairs")
prog("list_sort_error", "l = [1, 'a', 2]\nl.sort()\nreturn l")
prog("list_ops", "a = [1, 2]\nb = a + [3]\nc = a * 2\na += [9]\nprint(a, b, c, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in a)")
prog("list_index_error", "l = [1, 2]\nreturn l[2]")
prog("list_index_type", "l = [1, 2]\nreturn l['a']")
prog("list_pop_empty", "l = []\nreturn l.pop()")
prog("list_remove_missing", "l = [1]\nl.remove(5)")
prog("list_index_missing", "return [1, 2].index(7)")
prog("list_setitem", "l = [0, 0, 0]\nl[1] = 5\nl[-1] = 7\nl[0:1] = [1, 2, 3]\nreturn l")
prog("list_delitem", "l = [0, 1, 2, 3, 4, 5]\ndel l[0]\ndel l[-1]\ndel l[1:3]\nreturn l")
prog("list_slices", "l = list(range(10))\nprint(l[::2], l[::-1], l[-3:], l[2:-2], l[5:1:-1])")
prog("list_copy_clear", "a = [1, [2]]\nb = a.copy()\nb[1].append(3)\na.clear()\nreturn [a, b]")
prog("list_reverse", "l = [1, 2, 3]\nl.reverse()\nreturn l")
prog("list_builtin", "print(list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list())")
prog("list_of_string_refused", "return list('abc')")
prog("list_nested", "m = [[1, 2], [3, 4]]\nm[0][1] = 9\nreturn m")
prog("list_self_repr", "l = [1]\nl.append(l)\nprint(l)")
prog("list_assign_out_of_range", "l = [1]\nl[3] = 1")
# ---- tuples
prog("tuple_basic", "t = (1, 'a', 2.5)\nprint(t, t[1], len(t), t[::-1], (1,), (), t + (3,), t * 2)\nreturn t")
prog("tuple_methods", "t = (1, 2, 2, 3)\nprint(t.count(2), t.index(3), tuple([4, 5]))")
prog("tuple_immutable", "t = (1, 2)\nt[0] = 5")
prog("tuple_compare", "print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, 2) < (1, 2, 0))")
prog("tuple_of_string_refused", "return tuple('ab')")
prog("tuple_index_error", "return (1,)[3]")
# ---- dicts
prog("dict_basic", "d = {'a': 1, 'b': 2}\nd['c'] = 3\nprint(d, d['a'], len(d), 'a' in d, 'z' in d)\nreturn d")
prog("dict_methods", "d = {'a': 1, 'b': 2}\nprint(d.get('a'), d.get('z'), d.get('z', 0), list(d.keys()), list(d.values()), list(d.items()))")
prog("dict_methods2", "d = {'a': 1}\nprint(d.setdefault('b', 5), d.setdefault('a', 9), d.pop('a'), d.pop('x', 'dflt'), d)\nd.update({'c': 3}, e=4)\nreturn d")
prog("dict_keyerror", "d = {'a': 1}\nreturn d['urgency']")
prog("dict_keyerror_int", "d = {}\nreturn d[42]")
prog("dict_keyerror_tuple", "d = {}\nreturn d[(1, 'x')]")
prog("dict_pop_missing", "d = {}\nreturn d.pop('k')")
prog("dict_order", "d = {}\nd['z'] = 1\nd['a'] = 2\nd['m'] = 3\ndel d['a']\nd['a'] = 4\nreturn list(d)")
prog("dict_views_repr", "d = {'a': 1, 'b': 2}\nprint(d.keys(), d.values(), d.items())")
prog("dict_iter_items", "d = {'x': 1, 'y': 2}\nout = []\nfor k, v in d.items():\n    out.append(k + str(v))\nreturn out")
prog("dict_mutate_iter", "d = {'a': 1, 'b': 2}\nfor k in d:\n    d['c'] = 3")
prog("dict_unhashable", "d = {}\nd[[1]] = 2")
prog("dict_int_float_keys", "d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\nprint(d, len(d))\nreturn {1: 'x', 2: [1]}")
prog("dict_copy_clear_popitem", "d = {'a': 1, 'b': 2}\ne = d.copy()\nprint(e.popitem(), e)\nd.clear()\nreturn [d, e]")
prog("dict_merge", "a = {'x': 1}\nb = {'y': 2}\nprint(a | b, {**a, **b, 'z': 3})")
prog("dict_equality", "print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': [1]} == {'a': [1]}, {} == {'a': 1})")
prog("dict_counting", "words = 'the cat and the hat and the bat'.split()\ncounts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\nreturn counts")
prog("dict_nested_json_result", "return {'users': [{'name': 'a', 'tags': ('x', 'y')}, None], 'n': 1.5, 't': True}")
prog("dict_nonstring_keys_result", "return {1: 'one', (1, 2): 'pair', None: 0}")
# ---- sets
prog("set_basic", "s = {3}\ns.add(3)\nprint(s, len(s), 3 in s, 4 in s)\nreturn s")
prog("set_ops", "a = {1, 2, 3}\nb = {2, 3, 4}\nprint(sorted_list(a | b), sorted_list(a & b), sorted_list(a - b), sorted_list(a ^ b))\nprint(a <= {1, 2, 3, 4}, a < a, {1}.issubset(a), a.issuperset({1}), a.isdisjoint({9}))\nreturn a & b", module="def sorted_list(s):\n    l = list(s)\n    l.sort()\n    return l")
prog("set_methods", "s = {1, 2}\ns.discard(5)\ns.remove(1)\nprint(s)\ns.update([7])\nprint(len(s), 7 in s)\nreturn s.union({9})")
prog("set_remove_missing", "s = {1}\ns.remove(2)")
prog("set_empty_repr", "s = {1}\ns.remove(1)\nprint(s, frozenset())")
prog("set_comprehension", "return {x % 3 for x in range(10)}")
prog("set_unhashable", "return {[1, 2]}")
prog("frozenset_result", "s = {1, 2}\nreturn [s, 'x']")
# ---- ranges
prog("range_basic", "print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), len(range(0, 10, 3)), range(3), range(1, 5, 2))")
prog("range_limit", "return range(1000)")
prog("range_limit_ok", "r = range(999)\nreturn len(r)")
prog("range_limit_step", "return len(range(0, 5000, 5))")
prog("range_index", "r = range(10, 20, 2)\nprint(r[1], r[-1], 14 in r, 15 in r, r[1:3])")
prog("range_zero_step", "return range(1, 5, 0)")
prog("range_float_arg", "return range(2.5)")
# ---- control flow
prog("if_elif_else", "out = []\nfor x in range(6):\n    if x == 0:\n        out.append('zero')\n    elif x % 2 == 0:\n        out.append('even')\n    else:\n        out.append('odd')\nreturn out")
prog("while_loop", "i = 0\ntotal = 0\nwhile i < 100:\n    total += i\n    i += 1\nreturn total")
prog("while_else_break", "i = 0\nwhile i < 10:\n    if i == 5:\n        break\n    i += 1\nelse:\n    print('no break')\nfor x in range(3):\n    pass\nelse:\n    print('for else ran')\nreturn i")
prog("for_continue", "out = []\nfor i in range(10):\n    if i % 3:\n        continue\n    out.append(i)\nreturn out")
prog("nested_loops_break", "found = None\nfor i in range(5):\n    for j in range(5):\n        if i * j == 6:\n            found = (i, j)\n            break\n    if found:\n        break\nreturn found")
prog("ternary", "x = 5\nreturn ['big' if x > 3 else 'small', 'a' if not x else 'b']")
prog("bool_ops", "print(1 and 2, 0 and 2, 0 or 'x', '' or [] or 'last', not 0, not [1], None or 0)")
prog("walrus", "data = [1, 5, 12, 3]\nif (n := len(data)) > 3:\n    print('long', n)\nbig = [y for x in data if (y := x * 2) > 5]\nprint(big, y)\nreturn n")
prog("walrus_while", "items = [1, 2, 3]\nout = []\nwhile (x := items.pop() if items else None) is not None:\n    out.append(x)\nreturn out")
prog("chained_comparison_eval_once", "def f(x):\n    print('eval', x)\n    return x\nreturn 1 < f(2) < 3", )
prog("is_operators", "a = [1]\nb = a\nprint(a is b, a is [1], None is None, a is not None, 1 is not None)")
# ---- functions
prog("func_defaults", "def f(a, b=2, *args, c=3, **kw):\n    return [a, b, args, c, kw]\nprint(f(1))\nprint(f(1, 5, 6, 7, c=8, d=9))\nreturn f(b=1, a=0)")
prog("func_missing_arg", "def f(a, b):\n    return a\nreturn f(1)")
prog("func_missing_args2", "def f(a, b, c):\n    return a\nreturn f()")
prog("func_too_many", "def f(a):\n    return a\nreturn f(1, 2)")
prog("func_too_many_defaults", "def f(a, b=1):\n    return a\nreturn f(1, 2, 3)")
prog("func_unexpected_kw", "def f(a):\n    return a\nreturn f(1, z=2)")
prog("func_multiple_values", "def f(a):\n    return a\nreturn f(1, a=2)")
prog("func_kwonly_missing", "def f(*, k):\n    return k\nreturn f()")
prog("func_star_call", "def f(a, b, c):\n    return a + b + c\nargs = [1, 2]\nkw = {'c': 3}\nprint(f(*args, **kw), f(*[1, 2, 3]), f(1, *[2], c=4))")
prog("func_recursion", "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nreturn [fact(20), fact(25), fib(15)]")
prog("func_closure", "def make_counter():\n    count = [0]\n    def inc():\n        count[0] += 1\n        return count[0]\n    return inc\nc = make_counter()\nc()\nc()\nreturn c()")
prog("func_closure_late_binding", "fs = [lambda: i for i in range(3)]\nreturn [f() for f in fs]")
prog("func_closure_default_binding", "fs = [lambda i=i: i for i in range(3)]\nreturn [f() for f in fs]")
prog("func_nested_closure", "def outer(x):\n    def middle(y):\n        def inner(z):\n            return x + y + z\n        return inner\n    return middle\nreturn outer(1)(2)(3)")
prog("lambda_basic", "add = lambda a, b=10: a + b\nsq = lambda x: x * x\nreturn [add(1), add(1, 2), sq(7), (lambda: 'none')()]")
prog("func_global", "def bump():\n    global counter\n    counter += 1\n    return counter\nbump()\nbump()\nreturn counter", module="counter = 0")
prog("unbound_local", "def f():\n    print(x)\n    x = 1\nf()", module="x = 5")
prog("name_error", "return undefined_thing + 1")
prog("name_error_builtin_missing", "return sorted([3, 1])")
prog("name_error_dict_builtin", "return dict(a=1)")
prog("func_as_value", "def double(x):\n    return x * 2\nops = {'d': double, 'n': lambda x: -x}\nreturn [ops['d'](4), ops['n'](4), callable(double), callable(4)]")
prog("func_return_none", "def f():\n    pass\nreturn [f(), f() is None]")
prog("func_many_calls", "def add(a, b):\n    return a + b\nt = 0\nfor i in range(500):\n    t = add(t, i)\nreturn t")
prog("func_mutual_recursion", "def even(n):\n    return True if n == 0 else odd(n - 1)\ndef odd(n):\n    return False if n == 0 else even(n - 1)\nreturn [even(10), odd(7)]")
prog("not_callable", "x = 5\nreturn x()")
prog("func_kwargs_collect", "def f(**kw):\n    return kw\nreturn f(b=2, a=1)")
prog("func_varargs_tuple", "def f(*a):\n    return a\nreturn [f(), f(1), f(1, 2)]")
prog("decorator", "def loud(fn):\n    def wrapper(*a, **k):\n        print('calling')\n        return fn(*a, **k)\n    return wrapper\n@loud\ndef hello(n):\n    return 'hi ' + n\nreturn hello('x')")
# ---- comprehensions / generators
prog("listcomp", "return [x * x for x in range(10) if x % 2 == 0]")
prog("listcomp_nested", "return [(x, y) for x in range(3) for y in range(x)]")
prog("dictcomp", "words = ['a', 'bb', 'ccc']\nreturn {w: len(w) for w in words if w != 'bb'}")
prog("genexpr_join", "return ', '.join(str(x) for x in range(5))")
prog("genexpr_lazy", "def noisy(x):\n    print('made', x)\n    return x\nfor v in (noisy(i) for i in range(3)):\n    print('got', v)")
prog("generator_function", "def gen(n):\n    for i in range(n):\n        yield i * 10\n    yield 'end'\nreturn list(gen(3))")
prog("generator_in_loop", "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\nout = []\nfor x in countdown(4):\n    out.append(x)\nreturn out")
prog("generator_yield_from", "def inner():\n    yield 1\n    yield 2\ndef outer():\n    yield 0\n    yield from inner()\n    yield 3\nreturn list(outer())")
prog("comprehension_scope", "x = 'outer'\nl = [x for x in range(3)]\nreturn [x, l]")
prog("comprehension_closure", "factor = 3\nreturn [i * factor for i in range(4)]")
prog("comprehension_unpack", "pairs = [(1, 'a'), (2, 'b')]\nreturn {v: k for k, v in pairs}")
prog("generator_tuple", "return tuple(x + 1 for x in [1, 2, 3])")
prog("in_generator", "return [2 in (x for x in range(5)), 9 in (x for x in range(5))]")
# ---- unpacking
prog("unpack_basic", "a, b = 1, 2\na, b = b, a\n(c, d), e = (3, 4), 5\nprint(a, b, c, d, e)\nfirst, *rest = [1, 2, 3]\n*init, last = 'xyz'.split('y')\nreturn [first, rest, init, last]")
prog("unpack_too_many", "a, b = [1, 2, 3]")
prog("unpack_not_enough", "a, b, c = (1, 2)")
prog("unpack_non_iterable", "a, b = 5")
prog("unpack_star_not_enough", "a, *b, c = [1]")
prog("unpack_for_loop", "out = []\nfor i, (a, b) in [(0, 'xy'), (1, 'zw')]:\n    out.append(f'{i}{a}{b}')\nreturn out")
prog("unpack_string", "a, b, c = 'xyz'\nreturn c + b + a")
prog("star_in_display", "a = [1, 2]\nreturn [[*a, 3], (*a,), {*a}, [*'ab']]")
# ---- exceptions
prog("try_except_basic", "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n    x = 0\nreturn x")
prog("try_except_else_finally", "out = []\nfor v in [1, 0]:\n    try:\n        r = 10 // v\n    except ZeroDivisionError:\n        out.append('zero')\n    else:\n        out.append(r)\n    finally:\n        out.append('fin')\nreturn out")
prog("try_except_tuple", "try:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    return type_name(e) + ': ' + str(e)", module="def type_name(e):\n    return 'IndexError' if isinstance(e, IndexError) else 'other'")
prog("try_except_hierarchy", "try:\n    {}['k']\nexcept LookupError as e:\n    print('lookup', repr(e), e.args)\ntry:\n    1 / 0\nexcept ArithmeticError:\n    print('arith')\ntry:\n    int('x')\nexcept Exception as e:\n    print('exc', e)")
prog("raise_custom", "class MyError(Exception):\n    pass\ntry:\n    raise MyError('bad thing', 42)\nexcept MyError as e:\n    print(e, e.args, repr(e))\nraise MyError('final')")
prog("raise_from", "try:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise ValueError('wrapped') from e\nexcept ValueError as e:\n    return str(e)")
prog("reraise_bare", "try:\n    try:\n        raise KeyError('k')\n    except KeyError:\n        print('inner')\n        raise\nexcept KeyError as e:\n    print('outer', e)\n    raise")
prog("raise_class", "raise ValueError")
prog("raise_non_exception", "raise 5")
prog("finally_return", "def f():\n    try:\n        return 'try'\n    finally:\n        print('finally runs')\nreturn f()")
prog("finally_reraise", "try:\n    return 1 // 0\nfinally:\n    print('cleanup')")
prog("finally_break", "out = []\nfor i in range(3):\n    try:\n        if i == 1:\n            break\n        out.append(i)\n    finally:\n        out.append('f')\nreturn out")
prog("except_no_match", "try:\n    raise TypeError('t')\nexcept ValueError:\n    print('no')")
prog("exception_line_nested", "def inner(d):\n    return d['missing']\ndef outer():\n    x = 1\n    return inner({})\nreturn outer()")
prog("exception_in_module", "return 1", module="x = [1, 2]\ny = x[5]")
prog("assert_fail", "x = 1\nassert x == 1\nassert x == 2, 'x should be 2'")
prog("assert_no_msg", "assert [], None\n")
prog("assert_plain", "assert False")
prog("exception_str_variants", "print(str(ValueError()), str(ValueError('a')), str(ValueError('a', 'b')), str(KeyError('k')), repr(KeyError('k')), str(KeyError()))")
prog("exception_isinstance", "e = KeyError('x')\nreturn [isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, ValueError), issubclass(KeyError, LookupError), issubclass(ValueError, KeyError)]")
prog("except_bare", "try:\n    undefined_name\nexcept:\n    print('bare caught')\nreturn 'ok'")
prog("nested_try_finally_order", "def f():\n    try:\n        try:\n            raise ValueError('v')\n        finally:\n            print('inner finally')\n    except ValueError as e:\n        print('handled', e)\n    finally:\n        print('outer finally')\n    return 'done'\nreturn f()")
prog("exception_var_cleared", "try:\n    raise ValueError('x')\nexcept ValueError as e:\n    pass\nreturn e")
prog("error_in_handler", "try:\n    1 / 0\nexcept ZeroDivisionError:\n    [][0]")
prog("type_error_operands", "return [1] + (2,)")
prog("type_error_unary", "return -'a'")
prog("type_error_compare", "return 1 < 'a'")
prog("type_error_subscript", "x = 5\nreturn x[0]")
prog("type_error_len", "return len(5)")
prog("type_error_iter", "for x in 5:\n    pass")
prog("type_error_unhashable_set", "s = set()\n")
prog("raise_in_function_line", "def check(v):\n    if v < 0:\n        raise ValueError(f'negative: {v}')\n    return v\nprint(check(1))\nreturn check(-2)")
prog("exception_args_attr", "try:\n    raise ValueError('m', 2)\nexcept ValueError as err:\n    return list(err.args)")
prog("catching_non_exception_class", "try:\n    1 / 0\nexcept 5:\n    pass")
# ---- classes
prog("class_basic", "class Greeter:\n    greeting = 'hello'\n    def greet(self, name):\n        return self.greeting + ' ' + name\ng = Greeter()\nreturn [g.greet('x'), Greeter.greeting, g.greeting]")
prog("class_inheritance", "class A:\n    def who(self):\n        return 'A'\n    def hello(self):\n        return 'hello from ' + self.who()\nclass B(A):\n    def who(self):\n        return 'B'\nreturn [A().hello(), B().hello(), isinstance(B(), A), isinstance(A(), B), issubclass(B, A)]")
prog("class_attr_write_refused", "class P:\n    pass\np = P()\np.x = 1")
prog("class_missing_attr_none", "class P:\n    pass\np = P()\nreturn [p.nothing, 'abc'.nothing, [].whatever]")
prog("class_init", "class C:\n    def __init__(self, x):\n        print('init', x)\nc = C(5)\nreturn isinstance(c, C)")
prog("class_no_init_args", "class C:\n    pass\nreturn C(1)")
prog("class_eq_lt", "class V:\n    def __init__(self):\n        pass\n    def __eq__(self, other):\n        return True\n    def __lt__(self, other):\n        return False\nreturn [V() == 1, V() != 1, V() < V()]")
prog("class_contains", "class Box:\n    def __contains__(self, item):\n        return item == 'yes'\nb = Box()\nreturn ['yes' in b, 'no' in b, 'no' not in b]")
prog("class_staticlike", "class M:\n    items = [1, 2]\n    def total(self):\n        t = 0\n        for i in self.items:\n            t += i\n        return t\nM.items.append(3)\nreturn M().total()")
prog("class_method_call_args", "class K:\n    def m(self, a, b=2):\n        return a + b\nk = K()\nf = k.m\nreturn [k.m(1), k.m(1, b=5), f(10)]")
prog("class_method_arg_error", "class K:\n    def m(self, a):\n        return a\nreturn K().m()")
prog("class_body_scope", "class C:\n    x = 1\n    y = x + 1\n    z = [x, y]\nreturn C.z")
prog("class_exception_hierarchy_custom", "class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\ntry:\n    raise NotFound('gone')\nexcept AppError as e:\n    return ['caught', str(e), isinstance(e, NotFound)]")
prog("class_setattr_builtin", "class P:\n    pass\nsetattr(P(), 'x', 1)")
prog("dict_attr_write", "d = {}\nd.x = 1")
# ---- guards & restricted builtins
prog("guard_format_method", "f = 'a{}'.format\nreturn f")
prog("guard_missing_attr_event", "return [event.name, event.no_such_field, 'x'.nope]")
prog("builtins_isinstance_types", "return [isinstance(1, int), isinstance(True, int), isinstance(1.0, float), isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance(1, (str, int)), isinstance('x', (list, tuple))]")
prog("builtins_missing_enumerate", "return enumerate([1])")
prog("builtins_missing_min", "return min(1, 2)")
prog("builtins_missing_set", "return set([1])")
prog("builtins_missing_type", "return type(1)")
prog("builtins_repr_str", "return [repr(1), repr('a'), repr([1, 'b']), repr(None), repr((1,)), str(1.0), repr({'k': (1, 2)})]")
prog("builtins_bool_len", "return [bool(0), bool('a'), bool([]), bool({}), bool(None), len('abc'), len([1]), len({'a': 1}), len(range(5))]")
prog("builtins_hash_equal", "return [hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2))]")
prog("builtins_unhashable_hash", "return hash([1])")
prog("builtins_slice_obj", "s = slice(1, 3)\nl = [0, 1, 2, 3]\nreturn [l[s], s.start, s.stop, s.step]")
prog("builtins_int_of_none", "return int(None)")
prog("builtins_ord_error", "return ord('ab')")
prog("builtins_chr_error", "return chr(-1)")
# ---- print / printed
prog("print_sep_end", "print('a', 'b', sep='-')\nprint('x', end='')\nprint('y')\nprint()\nprint('multi\\nline')\nprint(1, 2, 3, sep='')")
prog("printed_collector", "print('one')\nprint('two')\nreturn printed")
prog("printed_per_function", "def helper():\n    print('in helper')\n    return printed\nprint('in main')\nh = helper()\nreturn [h, printed]")
prog("print_module_level", "print('main')", module="print('module body')")
prog("print_end_no_newline", "print('no newline', end='')")
prog("print_values", "print(None, True, 1.5, [1, 'a'], {'k': None}, (1,), -0.0)")
prog("print_bad_sep", "print('a', sep=1)")
# ---- del / global / misc
prog("del_name", "x = 1\ndel x\nreturn x")
prog("del_global", "def f():\n    global g\n    del g\nf()\nreturn g", module="g = 1")
prog("del_dict_key", "d = {'a': 1, 'b': 2}\ndel d['a']\ndel d['zz']")
prog("module_level_state", "CONFIG['calls'] += 1\nreturn CONFIG", module="CONFIG = {'calls': 0, 'name': 'x'}\nLIMITS = [1, 2, 3]")
prog("augassign_variants", "x = 10\nx -= 3\nx *= 2\nx //= 3\nx **= 2\nx %= 7\ns = 'a'\ns += 'b'\nl = [1]\nl *= 2\nreturn [x, s, l]")
prog("augassign_list_alias", "a = [1]\nb = a\na += [2]\nt = (1,)\nu = t\nt += (2,)\nreturn [b, u, t]")
prog("return_nothing", "x = 1")
prog("none_attribute", "x = None\nreturn x.upper")
prog("none_call_method", "x = None\nreturn x.upper()")
prog("int_method_missing", "return (5).nothing")
prog("recursion_ok_depth", "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nreturn down(150)")
prog("string_building", "parts = []\nfor i in range(20):\n    parts.append(str(i))\ns = ''\nfor p in parts:\n    s += p\nreturn [len(s), s[:10]]")
prog("handler_like_routing", "fields = {'urgency': 'Emergency', 'reason': 'fix'}\nurgency = fields.get('urgency', 'Normal')\nif urgency == 'Emergency':\n    approvers = ['oncall@example.com']\nelse:\n    approvers = []\nmsg = f\"{urgency}: {fields['reason']} -> {', '.join(approvers)}\"\nprint(msg)\nreturn {'approvers': approvers, 'auto': urgency == 'Emergency'}")
prog("event_name_print", "print('event', event.name)\nreturn event.name")
prog("sorting_records", "users = [{'n': 'b', 'age': 30}, {'n': 'a', 'age': 25}, {'n': 'c', 'age': 30}]\nusers.sort(key=lambda u: (-u['age'], u['n']))\nreturn [u['n'] for u in users]")
prog("numeric_tower_misc", "print(0.1 * 3, 1e-5, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 10 / 3, -1 / 3)")
prog("str_number_format_misc", "print(f'{5:3}|{5.0:6.2f}|{-5:05d}|{123.456:08.2f}|{1e6:.2e}|{255:08b}|{0.5:%}')")
prog("str_split_whitespace_max", "print('  a  b c  '.split(None, 1), 'a b c'.rsplit(None, 1), 'a\\tb\\nc'.split())")
prog("list_mul_nested_alias", "grid = [[0] * 2] * 2\ngrid[0][0] = 1\nreturn grid")
prog("while_counter_big", "n = 0\ni = 0\nwhile i < 100000:\n    n += i % 7\n    i += 1\nreturn n")
prog("bigint_ops", "a = 3 ** 80\nb = 7 ** 40\nprint(a // b, a % b, a - b * 2, -a // 7, a & b, a | 1, a >> 10)\nreturn a > b")
prog("float_rounding_format", "print(round(0.5), round(1.5), round(2.5), round(0.125, 2), round(0.375, 2), f'{0.125:.2f}', f'{2.5:.0f}')")
prog("is_vs_eq_strings", "a = 'abc'\nb = 'ab' + 'c'\nreturn [a == b, a != b]")
prog("ellipsis_and_none", "x = ...\nreturn [x is Ellipsis, repr(x), None is None]")
prog("multiple_assignment_targets", "a = b = c = [1]\nb.append(2)\nreturn [a, c, a is c]")
prog("index_negative_slices", "l = [1, 2, 3, 4, 5]\nreturn [l[-2:], l[:-2], l[-4:-1], l[::-2]]")
prog("string_escape_repr", "return [repr('\\x00\\x7f'), repr('é'), repr('\\\\')]")
prog("int_str_conversion_limit", "x = 10 ** 5000\nreturn str(x)")
prog("empty_containers_result", "return [[], {}, (), '', 0, 0.0, False]")
prog("getitem_dict_default_pattern", "d = {'a': {'b': {'c': 1}}}\nreturn d.get('a', {}).get('b', {}).get('c')")
prog("class_instance_repr_type", "class Z:\n    pass\nreturn Z()")
prog("function_result_type", "def f():\n    pass\nreturn f")

# ---- found by differential probing against the oracle (session 2)
prog("int_parse_rules", """
out = []
for args in [("12",), (" -0x1f ", 16), ("0x1f", 0), ("010", 0), ("000", 0), ("1__0",), ("_1",), ("1_0",), ("0x_f", 16), ("++5",), ("+-5",), ("z", 36), ("9", 8), ("1", 1), ("1", 37), (5, 10), ("0b101", 0), ("1_",), ("",)]:
    try:
        out.append(int(*args))
    except (ValueError, TypeError) as e:
        out.append(repr(e))
return out""")
prog("str_expandtabs_columns", "return [t.expandtabs() for t in ['a\\tb', 'ab\\tc\\n\\td', 'abcdefgh\\tx']] + ['a\\tb'.expandtabs(4), 'a\\tb'.expandtabs(0), 'a\\tb'.expandtabs(tabsize=2)]")
prog("list_index_start_stop", """
xs = [1, 2, 3, 2]
print(xs.index(2, 2), xs.index(3, -2), xs.index(2, 0, 2))
try:
    xs.index(1, 1)
except ValueError as e:
    print(e)
return xs.index(2, -1)""")
prog("bigint_to_float_overflow", """
print(10 ** 400 > 1e308, 10 ** 400 == float('inf'))
for f in [lambda: float(10 ** 400), lambda: 10 ** 400 + 1.0, lambda: 2.5 * 10 ** 400]:
    try:
        print(f())
    except OverflowError as e:
        print(repr(e))
return float(2 ** 70)""")
prog("sequence_times_non_int", """
for f in [lambda: [1] * 'a', lambda: 'a' * 'b', lambda: 1.5 * [1], lambda: (1,) * None]:
    try:
        f()
    except TypeError as e:
        print(e)""")
prog("repr_latin1_escapes", "return [repr('\\xa0'), repr('\\xad'), repr('\\x85'), repr('\\u2028'), repr('\\u00e9')]")
prog("range_index_count", """
r = range(2, 20, 3)
print(r.index(8), r.count(8), r.count(9), range(10, 0, -2).index(4))
try:
    r.index(9)
except ValueError as e:
    print(e)
return r.count(True)""")
prog("nested_class_qualname", """
class Inner:
    pass
print(repr(Inner)[:40])
return repr(Inner()).split(' object')[0]""")
prog("split_maxsplit_must_be_int", """
try:
    'a b'.split(' ', 'x')
except TypeError as e:
    return str(e)""")
prog("round_large_float", "return [round(1e300) == 10 ** 300, round(2.5e18), round(-9.5e18)]")
prog("float_pow_overflow_args", """
try:
    2.0 ** 10000
except OverflowError as e:
    return [e.args, str(e)]""")
prog("method_missing_argument_messages", """
calls = [lambda: {}.get(), lambda: 'a'.join(), lambda: 'a'.replace('a'), lambda: [].append(), lambda: [].remove(), lambda: [].count(),
         lambda: ().count(), lambda: [].index(), lambda: [].extend(), lambda: 'a'.find(), lambda: 'a'.count(), lambda: 'a'.startswith(),
         lambda: 'a'.partition(), lambda: 'a'.zfill(), lambda: 'a'.center(), lambda: 'a'.removeprefix(), lambda: {}.pop(), lambda: [].insert(1)]
out = []
for c in calls:
    try:
        c()
    except TypeError as e:
        out.append(str(e))
return out""")
prog("class_keywords_not_evaluated", """
class Base(tag=print("never printed"), tag2=1):
    kind = "base"
class Child(Base, x=1, x=2):
    pass
return [Base.kind, Child.kind, Child().kind]""")
prog("percent_a_conversion", "return ['%a|%5a|%a' % ('\u00e9', 'x', ['\u00fc', 1]), f\"{'\u00e9'!a}\"]")

# ---- the interpreter's fast paths (fused instructions, plain calls, builtin methods, sorting)
prog("fast_call_binding", """
out = [f(1), f(1, 5), f(1, c=9), f(c=7, a=0), f(1, 2, 3), g(y=1, x=10), f(b=4, a=1)]
for call in [lambda: f(), lambda: f(1, a=2), lambda: f(1, d=2), lambda: f(1, 2, 3, 4), lambda: g(1), lambda: g(x=1, x2=2), lambda: g(1, x=2)]:
    try:
        call()
    except TypeError as e:
        out.append(str(e))
return out""", module="""
def f(a, b=2, c=3):
    return [a, b, c]

def g(x, y):
    return x - y
""")
prog("fused_int_edges", """
x = 9223372036854775807
x += 1
y = x - 1
i = -7
out = [x, y, i % 3, i // 2, i * 3, i << 2, i >> 1, i - 9223372036854775807, i < 0, i >= -7]
k = 4611686018427387904
out.append(k * 2)
out.append(k + k)
j = 0
while j < 3:
    j += 1
out.append(j)
return out""")
prog("fused_unbound_local", """
out = []
for i in range(3):
    if i == 2:
        z = 5
    try:
        out.append(z + 1)
    except UnboundLocalError as e:
        out.append(str(e))
return out""")
prog("builtin_method_calls", """
d = {}
l = []
for w in 'a b a c b a'.split():
    d[w] = d.get(w, 0) + 1
    l.append(w.upper())
out = [d, l, 'x,y'.split(','), (1, 2, 1).count(1)]
try:
    l.clear()
    l.pop()
except IndexError as e:
    out.append(str(e))
try:
    '{}'.format(1)
except NotImplementedError:
    out.append('format refused')
return out""")
prog("sort_simple_and_mixed_keys", """
people = [('bo', 3), ('al', 1), ('cy', 3), ('di', 2), ('al', 0)]
cases = [(people, None, False), (people, lambda p: p[1], False), (people, lambda p: p[1], True),
         (['b', 'a', 'B', '\u00e9', 'e'], None, False), ([3, -1, 2], None, True),
         ([(1, 'b'), (1, 'a'), (0, 'z')], None, False), ([True, 0, 2, False], None, False),
         ([(1,), (1, 0), ()], None, False), ([1, 'a', 2], None, False), ([(1, 'a'), (1, 2)], None, False)]
out = []
for items, key, reverse in cases:
    copy = list(items)
    try:
        copy.sort(key=key, reverse=reverse)
        out.append(copy)
    except TypeError as e:
        out.append(str(e))
return out""")
prog("fstring_and_concat_fast", """
n = -12
s = '\u00e9'
big = 10 ** 20
out = [f'{n}', f'{s}{n}:{True}', f'{big}', len(f'{s}{s}x'), 'a' + s + str(n), len('\u00fc' + 'x'), str(0), str(-0)]
acc = ''
for k in range(5):
    acc += s + str(k)
out.append([acc, len(acc)])
return out""")
prog("printed_made_on_first_print", """
print('a')
x = inner()
quiet()
print('b')
return [x, printed]""", module="""
def inner():
    print('inner')
    return printed

def quiet():
    return 1
""")

prog("fused_returns_and_pairs", """
out = [pick(1, 2, True), pick(1, 2, False), pick('a', 'b', 0), add(2, 3), add(9223372036854775807, 1),
       add('a', 'b'), mul(3, 4), mul(4611686018427387904, 4), mul('ab', 2), sub(10, 4), sub(1.5, 0.5)]
for call in [lambda: add(1, None), lambda: unbound(False)]:
    try:
        call()
    except (TypeError, UnboundLocalError) as e:
        out.append(str(e))
return [str(v) for v in out]""", module="""
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
""")

prog("str_concat_of_temporaries", """
out = []
word = 'key'
for n in range(3):
    k = word + str(n)
    out.append(k)
    counts[k] = counts.get(k, 0) + 1
    counts[word + str(n)] = counts.get(word + str(n), 0) + 1
out.append(word)
s = str(7) + 'x' + 'y' + 'z'
out.append(s)
grown = str(0)
for i in range(12):
    grown = grown + '-' + str(i) + 'é'
out.append(grown)
out.append(len(grown))
long_tail = 'a' * 20 + str(12345)
out.append(long_tail)
out.append(len(long_tail))
head = 'ü' + str(9) + 'ß' * 21 + 'z'
out.append(head)
out.append(len(head))
out.append(head[22])
shared = 'same'
pair = [shared + str(1), shared + str(1)]
out.append(pair[0] == pair[1])
out.append(pair[0] is pair[1])
seen = {str(5) + 'k': 1}
out.append((str(5) + 'k') in seen)
out.append(seen.get('5' + 'k'))
out.append(list(counts.items()))
out.append(shared)
return out""", module="""
counts = {}
""")

prog("call_arguments_that_own_values", """
out = []
for i in range(3):
    out.append(three('a' + str(i), [i], {'k': i}))
    out.append(keyed('p' + str(i), tail=('t', i)))
    out.append(keyed(head=['h'], tail='x' + str(i)))
    out.append(defaulted('d' + str(i)))
shared = defaulted('e')
shared.append('changed')
out.append(defaulted('f'))
return out""", module="""
def three(s, l, d):
    l.append(s)
    return [s, l, d['k']]

def keyed(head, tail=None, mid='m'):
    return [head, mid, tail]

def defaulted(x, bag=['first']):
    return bag + [x] if x != 'e' else bag
""")

prog("called_values_are_freed_after_the_call", """
total = 0
for i in range(300):
    total += make(i)()
    total += make_bound(i)(i)
return [total, len(str(total))]""", module="""
def make(n):
    data = [n] * 50000
    return lambda: len(data)

def make_bound(n):
    return ([n] * 50000).count
""")

prog("sorting_strs_and_tuple_keys", """
words = ['user12', 'user120', 'user9', 'a', 'a\\x00', '', 'abcdefgh2', 'abcdefgh1', 'é', 'z', 'x' * 30, 'x' * 29 + 'y', 'ß', 'Z']
words.sort()
people = [{'name': 'user' + str((i * 37) % 11), 'age': i % 3, 'tags': (i % 2, ('t', i % 4))} for i in range(12)]
people.sort(key=lambda p: (p['age'], p['name']))
by_tags = [p['name'] for p in sorted_copy(people, lambda p: (p['tags'], p['name']))]
people.sort(key=lambda p: p['name'], reverse=True)
out = [words, [(p['age'], p['name']) for p in people], by_tags]
try:
    mixed = [(1, 'a'), (1, 2)]
    mixed.sort()
except TypeError as e:
    out.append(str(e))
return out""", module="""
def sorted_copy(items, key):
    copy = list(items)
    copy.sort(key=key)
    return copy
""")

prog("str_predicates_and_title_case_beyond_ascii", """
samples = ['123', '٣٤', '²', '½', 'ⅷ', '一二三', '౧', 'abc', 'ábc', 'कि', 'ा', 'ǅ', 'ß', 'Ⅷ', '中文', 'a1', '', ' ', '𝟘', '①']
rows = []
for s in samples:
    rows.append([s, s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.istitle()])
titles = [w.title() for w in ['ǆemal', 'ǈubav', 'ᾳ test', '中a', 'ßen straße', 'x1y', 'ǲ', "o'neil 2nd", 'ʼn']]
caps = [w.capitalize() for w in ['ǆx', 'ßa', 'éCOLE', 'ﬁne', '']]
return [rows, titles, caps]""")

prog("generator_send_throw_and_close", """
log = []
g = echo(log)
for x in g:
    log.append(['first', x])
    break
log.append(['sent', g.send('hello')])
log.append(['thrown', g.throw(ValueError('boom'))])
log.append(['thrown class', g.throw(KeyError)])
g.close()
g.close()
log.append('closed twice')
try:
    g.send(1)
except StopIteration:
    log.append('stopped after close')
fresh = echo(log)
try:
    fresh.send(5)
except TypeError as e:
    log.append(str(e))
fresh.close()
log.append('fresh closed')
stubborn = ignores_exit()
for x in stubborn:
    break
try:
    stubborn.close()
except RuntimeError as e:
    log.append(str(e))
done = once()
for x in done:
    pass
try:
    done.throw(IndexError('late'))
except IndexError as e:
    log.append(['late', str(e)])
try:
    g.send()
except TypeError as e:
    log.append(str(e))
try:
    done.close(1)
except TypeError as e:
    log.append(str(e))
return log""", module="""
def echo(log):
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = 'caught ' + str(e)
            except KeyError:
                received = 'caught key'
    finally:
        log.append('echo finally')

def once():
    yield 1

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
""")

prog("generators_close_when_dropped", """
log = []
for x in tracked(log, 'loop'):
    log.append(x)
    break
log.append('after break')
log.append(first(tracked(log, 'helper')))
log.append('after return')
g = tracked(log, 'local')
for x in g:
    break
log.append('still held')
g = None
log.append('after reassign')
h = tracked(log, 'deleted')
for x in h:
    break
del h
log.append('after del')
for x in stubborn(log):
    break
log.append('after stubborn')
for x in raises_on_close(log):
    break
log.append('after raising close')
for x in outer(log):
    break
log.append('after nested')
try:
    for x in tracked(log, 'unwound'):
        raise KeyError('k')
except KeyError:
    log.append('handler')
for x in tracked(log, 'exhausted'):
    pass
log.append('after exhausted')
unstarted = tracked(log, 'never started')
unstarted = None
log.append('end')
return log""", module="""
def tracked(log, name):
    try:
        yield name + ' 1'
        yield name + ' 2'
    finally:
        log.append(name + ' closed')

def first(g):
    for x in g:
        return x

def stubborn(log):
    try:
        yield 1
    finally:
        log.append('stubborn finally')
        yield 2

def raises_on_close(log):
    try:
        yield 1
    except GeneratorExit:
        log.append('raising on close')
        raise ValueError('from close')

def outer(log):
    try:
        for x in tracked(log, 'inner'):
            yield x
    finally:
        log.append('outer closed')
""")

prog("bytes_literals_encode_and_decode", 'b = b\'ab\\x00c\\\'"\'\nt = \'héllo wörld\'.encode()\nout = [len(b), b[0], b[-1], str(b), repr(b\'it\\\'s\'), b[1:3], list(b\'xyz\'), b == b\'ab\\x00c\\\'"\', b != t,\n       t, t.decode(), t.decode(\'utf-8\'), \'abc\'.encode(\'ascii\'), \'é\'.encode(\'latin-1\'), b\'\\xe9\'.decode(\'latin_1\'),\n       \'é\'.encode(\'ascii\', \'replace\'), \'é\'.encode(encoding=\'ascii\', errors=\'ignore\'), b\'\\xff\\xfeA\'.decode(\'utf-8\', \'replace\'),\n       b\'abc\' + b\'def\', b\'ab\' * 3, 3 * b\'x\', b\'b\' in b\'abc\', 98 in b\'abc\', b\'\' in b\'abc\', b\'abc\' < b\'abd\',\n       b\'AbC\'.upper(), b\'AbC\'.lower(), b\'  x \\n\'.strip(), b\'a,b,,c\'.split(b\',\'), b\' a  b \'.split(), b\'aXbX\'.replace(b\'X\', b\'-\'),\n       b\'hello\'.startswith(b\'he\'), b\'hello\'.endswith((b\'x\', b\'lo\')), b\'hello\'.find(b\'l\'), b\'hello\'.count(b\'l\'), b\'\\x01\\xab\'.hex(),\n       bool(b\'\'), bool(b\'x\'), {b\'k\': 1}, len({b\'a\', b\'a\', b\'b\'}), [x for x in b\'hi\'], b\'%\' , b\'\'.split()]\nfor bad in [lambda: b\'x\' + \'y\', lambda: b\'abc\'[5], lambda: \'é\'.encode(\'ascii\'), lambda: b\'\\xff\'.decode(), lambda: b\'\\xe2\\x82\'.decode(),\n            lambda: b\'\\xe2\\x28\\xa1\'.decode(), lambda: \'x\'.encode(\'nope\'), lambda: b\'x\'[\'a\'], lambda: \'a\' in b\'abc\', lambda: 300 in b\'abc\',\n            lambda: b\'x\'.decode(\'utf-8\', \'bogus\'), lambda: b\'a\' < \'a\', lambda: b\'abc\'.split(b\'\')]:\n    try:\n        out.append([\'no error\', bad()])\n    except TypeError as e:\n        out.append([\'TypeError\', str(e)])\n    except UnicodeError as e:\n        out.append([\'UnicodeError\', str(e)])\n    except ValueError as e:\n        out.append([\'ValueError\', str(e)])\n    except IndexError as e:\n        out.append([\'IndexError\', str(e)])\n    except LookupError as e:\n        out.append([\'LookupError\', str(e)])\nreturn out\n')

prog("numbers_from_text_in_any_script", "out = []\nfor s in ['٣', '١٢', ' ٣ ', '\\u2003 7\\u3000', '𝟗𝟗', '३.५', '٣e١', '٣_٣', '1٣', '²', '一', '０xff']:\n    try:\n        out.append(['int', s, int(s)])\n    except ValueError as e:\n        out.append(['int', s, str(e)])\n    try:\n        out.append(['float', s, float(s)])\n    except ValueError as e:\n        out.append(['float', s, str(e)])\nout.append(int('٣٣', 8))\nout.append(int('０', 0))\nreturn out\n")

prog("casefold_beyond_lower_case", """
words = ['Straße', 'ﬁne', 'ΣΊΣΥΦΟΣ', 'ǅ', 'İstanbul', 'µ', 'ŉ', 'Hello']
return [[w.casefold(), w.lower(), w.casefold() == w.lower()] for w in words] + ['STRASSE'.casefold() == 'straße'.casefold()]""")

def main():
    os.makedirs(OUT, exist_ok=True)
    for i, (name, src) in enumerate(P.items()):
        with open(os.path.join(OUT, f"{i:03d}_{name}.py"), "w") as f:
            f.write(src)
    print(len(P), "programs")

main()
