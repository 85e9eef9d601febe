//! Every compile-step error, and valid code next to each one.
//!
//! The tables were produced by running each input through CPython 3.11.7's
//! `compile(ast.parse(src), ...)`: the message and the 1-based line and
//! column CPython reports (end column 0 where CPython gives none).

use crate::{SyntaxErrorKind, parse};

/// (name, source, CPython's message, start (line, column), end (line, column)).
type Positive = (
    &'static str,
    &'static str,
    &'static str,
    (u32, u32),
    (u32, u32),
);

const POSITIVE: &[Positive] = &[
    (
        "return_at_module",
        "return 1\n",
        "'return' outside function",
        (1, 1),
        (1, 9),
    ),
    (
        "return_in_class",
        "class C:\n    return 1\n",
        "'return' outside function",
        (2, 5),
        (2, 13),
    ),
    (
        "return_in_while_false",
        "while False:\n    return 1\n",
        "'return' outside function",
        (2, 5),
        (2, 13),
    ),
    (
        "yield_at_module",
        "yield 1\n",
        "'yield' outside function",
        (1, 1),
        (1, 8),
    ),
    (
        "yield_in_class",
        "class C:\n    x = yield\n",
        "'yield' outside function",
        (2, 9),
        (2, 14),
    ),
    (
        "yield_in_module_annotation",
        "x: (yield) = 1\n",
        "'yield' outside function",
        (1, 5),
        (1, 10),
    ),
    (
        "yield_in_def_annotation",
        "def f(x: (yield)): pass\n",
        "'yield' outside function",
        (1, 11),
        (1, 16),
    ),
    (
        "yield_in_list_comp",
        "def f():\n    return [(yield) for y in z]\n",
        "'yield' inside list comprehension",
        (2, 14),
        (2, 19),
    ),
    (
        "yield_in_set_comp",
        "def f():\n    return {(yield) for y in z}\n",
        "'yield' inside set comprehension",
        (2, 14),
        (2, 19),
    ),
    (
        "yield_in_dict_comp",
        "def f():\n    return {1: (yield) for y in z}\n",
        "'yield' inside dict comprehension",
        (2, 17),
        (2, 22),
    ),
    (
        "yield_in_genexp",
        "def f():\n    return ((yield) for y in z)\n",
        "'yield' inside generator expression",
        (2, 14),
        (2, 19),
    ),
    (
        "yield_from_in_async",
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        (2, 5),
        (2, 17),
    ),
    (
        "await_at_module",
        "await x\n",
        "'await' outside function",
        (1, 1),
        (1, 8),
    ),
    (
        "await_in_class_in_async",
        "async def f():\n    class C:\n        await x\n",
        "'await' outside function",
        (3, 9),
        (3, 16),
    ),
    (
        "await_in_sync_def",
        "def f():\n    await x\n",
        "'await' outside async function",
        (2, 5),
        (2, 12),
    ),
    (
        "await_in_lambda",
        "async def f():\n    g = lambda: await x\n",
        "'await' outside async function",
        (2, 17),
        (2, 24),
    ),
    (
        "await_in_comp_iterable",
        "[x for x in await y]\n",
        "'await' outside function",
        (1, 13),
        (1, 20),
    ),
    (
        "async_for_in_sync",
        "def f():\n    async for x in y:\n        pass\n",
        "'async for' outside async function",
        (2, 5),
        (3, 13),
    ),
    (
        "async_with_at_module",
        "async with x:\n    pass\n",
        "'async with' outside async function",
        (1, 1),
        (2, 9),
    ),
    (
        "async_comp_at_module",
        "[x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        (1, 1),
        (1, 21),
    ),
    (
        "await_comp_in_sync",
        "def f():\n    return {x: await x for x in y}\n",
        "asynchronous comprehension outside of an asynchronous function",
        (2, 12),
        (2, 35),
    ),
    (
        "nested_async_comp_in_sync",
        "def f():\n    return [[x async for x in y] for z in w]\n",
        "asynchronous comprehension outside of an asynchronous function",
        (2, 12),
        (2, 45),
    ),
    (
        "return_value_async_gen",
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        (3, 5),
        (3, 13),
    ),
    (
        "return_none_async_gen",
        "async def f():\n    return None\n    yield\n",
        "'return' with value in async generator",
        (2, 5),
        (2, 16),
    ),
    (
        "break_at_module",
        "break\n",
        "'break' outside loop",
        (1, 1),
        (1, 6),
    ),
    (
        "continue_at_module",
        "continue\n",
        "'continue' not properly in loop",
        (1, 1),
        (1, 9),
    ),
    (
        "break_in_loop_else",
        "for x in y:\n    pass\nelse:\n    break\n",
        "'break' outside loop",
        (4, 5),
        (4, 10),
    ),
    (
        "break_in_def_in_loop",
        "while x:\n    def f():\n        break\n",
        "'break' outside loop",
        (3, 9),
        (3, 14),
    ),
    (
        "continue_in_class_in_loop",
        "for x in y:\n    class C:\n        continue\n",
        "'continue' not properly in loop",
        (3, 9),
        (3, 17),
    ),
    (
        "continue_in_while_else_in_def",
        "def f():\n    while x:\n        pass\n    else:\n        continue\n",
        "'continue' not properly in loop",
        (5, 9),
        (5, 17),
    ),
    (
        "break_in_except_star",
        "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        (5, 9),
        (5, 14),
    ),
    (
        "return_in_except_star",
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        (5, 16),
        (5, 17),
    ),
    (
        "dup_arg",
        "def f(x, x): pass\n",
        "duplicate argument 'x' in function definition",
        (1, 10),
        (1, 11),
    ),
    (
        "dup_arg_kwonly",
        "def f(a, *, a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 13),
        (1, 14),
    ),
    (
        "dup_arg_vararg",
        "def f(a, *a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 11),
        (1, 12),
    ),
    (
        "dup_arg_vararg_first",
        "def f(*a, a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 8),
        (1, 9),
    ),
    (
        "dup_arg_kwarg",
        "def f(a, **a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 12),
        (1, 13),
    ),
    (
        "dup_arg_posonly",
        "def f(a, /, a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 13),
        (1, 14),
    ),
    (
        "dup_arg_lambda",
        "g = lambda x, x: 0\n",
        "duplicate argument 'x' in function definition",
        (1, 15),
        (1, 16),
    ),
    (
        "dup_arg_annotated",
        "def f(x: int, x: int): pass\n",
        "duplicate argument 'x' in function definition",
        (1, 15),
        (1, 21),
    ),
    (
        "global_after_use",
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_assign",
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_assign_module",
        "x = 1\nglobal x\n",
        "name 'x' is assigned to before global declaration",
        (2, 1),
        (2, 9),
    ),
    (
        "global_after_def",
        "def f():\n    def x(): pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_for",
        "def f():\n    for x in y: pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_augassign",
        "def f():\n    x += 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_del",
        "def f():\n    del x\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_after_walrus_comp",
        "def f():\n    [(x := 1) for y in z]\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5),
        (3, 13),
    ),
    (
        "global_in_if_using_it",
        "def f():\n    if x:\n        global x\n",
        "name 'x' is used prior to global declaration",
        (3, 9),
        (3, 17),
    ),
    (
        "global_param",
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        (2, 5),
        (2, 13),
    ),
    (
        "global_after_annotation",
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        (3, 5),
        (3, 13),
    ),
    (
        "annotation_after_global",
        "def f():\n    global x\n    x: int\n",
        "annotated name 'x' can't be global",
        (3, 5),
        (3, 11),
    ),
    (
        "nonlocal_param",
        "def g():\n    def f(x):\n        nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        (3, 9),
        (3, 19),
    ),
    (
        "nonlocal_after_use",
        "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
        "name 'x' is used prior to nonlocal declaration",
        (5, 9),
        (5, 19),
    ),
    (
        "nonlocal_after_assign",
        "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        (5, 9),
        (5, 19),
    ),
    (
        "annotation_after_nonlocal",
        "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int\n",
        "annotated name 'x' can't be nonlocal",
        (5, 9),
        (5, 15),
    ),
    (
        "nonlocal_and_global",
        "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        (4, 9),
        (4, 17),
    ),
    (
        "nonlocal_at_module",
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        (1, 1),
        (1, 11),
    ),
    (
        "nonlocal_no_binding",
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (2, 5),
        (2, 15),
    ),
    (
        "nonlocal_in_class_at_module",
        "class C:\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (2, 5),
        (2, 15),
    ),
    (
        "nonlocal_hidden_by_global",
        "def g():\n    global x\n    x = 1\n    def f():\n        nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (5, 9),
        (5, 19),
    ),
    (
        "import_star_in_def",
        "def f():\n    from json import *\n",
        "import * only allowed at module level",
        (2, 22),
        (2, 23),
    ),
    (
        "import_star_in_class",
        "class C:\n    from json import *\n",
        "import * only allowed at module level",
        (2, 22),
        (2, 23),
    ),
    (
        "starred_twice",
        "*a, *b = x\n",
        "multiple starred expressions in assignment",
        (1, 1),
        (1, 7),
    ),
    (
        "starred_twice_list",
        "[a, *b, *c] = x\n",
        "multiple starred expressions in assignment",
        (1, 1),
        (1, 12),
    ),
    (
        "starred_alone",
        "*a = x\n",
        "starred assignment target must be in a list or tuple",
        (1, 1),
        (1, 3),
    ),
    (
        "starred_for_target",
        "for *a in x: pass\n",
        "starred assignment target must be in a list or tuple",
        (1, 5),
        (1, 7),
    ),
    (
        "starred_value",
        "x = *a\n",
        "can't use starred expression here",
        (1, 5),
        (1, 7),
    ),
    (
        "star_unpack_too_many",
        "a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, a255, *b = c\n",
        "too many expressions in star-unpacking assignment",
        (1, 1),
        (1, 1429),
    ),
    (
        "keyword_repeated",
        "f(x=1, y=2, x=3)\n",
        "keyword argument repeated: x",
        (1, 13),
        (1, 16),
    ),
    // CPython 3.11 points past the f-string's end; we point at the field.
    (
        "fstring_nested_too_deeply",
        "x = f'{a:{b:{c}}}'\n",
        "f-string: expressions nested too deeply",
        (1, 13),
        (1, 16),
    ),
    (
        "keyword_repeated_after_unpack",
        "f(**a, x=1, x=2)\n",
        "keyword argument repeated: x",
        (1, 13),
        (1, 16),
    ),
    (
        "walrus_rebinds_iter_var",
        "[x := 0 for x in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        (1, 2),
        (1, 3),
    ),
    (
        "walrus_rebinds_iter_var_in_if",
        "[x for x in y if (x := 1)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        (1, 19),
        (1, 20),
    ),
    (
        "walrus_rebinds_outer_iter_var",
        "def f():\n    [[(z := 1) for x in y] for z in w]\n",
        "assignment expression cannot rebind comprehension iteration variable 'z'",
        (2, 8),
        (2, 9),
    ),
    (
        "inner_loop_rebinds_walrus",
        "[i for j in range(3) if (i := j) for i in range(3)]\n",
        "comprehension inner loop cannot rebind assignment expression target 'i'",
        (1, 38),
        (1, 39),
    ),
    (
        "walrus_comp_in_class",
        "class C:\n    [(y := 1) for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        (2, 7),
        (2, 8),
    ),
    (
        "walrus_in_iterable",
        "[x for x in (y := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 14),
        (1, 22),
    ),
    (
        "walrus_in_later_iterable",
        "[x for x in y for z in (w := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 25),
        (1, 33),
    ),
    (
        "walrus_in_lambda_in_iterable",
        "[x for x in [lambda: (y := 1)]]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 23),
        (1, 29),
    ),
    (
        "future_late",
        "import json\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        (2, 1),
        (2, 35),
    ),
    (
        "future_after_two_docstrings",
        "\"doc\"\n\"more\"\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        (3, 1),
        (3, 35),
    ),
    (
        "future_in_def",
        "def f():\n    from __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        (2, 5),
        (2, 39),
    ),
    (
        "future_unknown",
        "from __future__ import nope\n",
        "future feature nope is not defined",
        (1, 1),
        (1, 0),
    ),
    (
        "future_braces",
        "from __future__ import braces\n",
        "not a chance",
        (1, 1),
        (1, 0),
    ),
    (
        "future_annotation_yield",
        "from __future__ import annotations\ndef f(x: (yield)): pass\n",
        "'yield expression' can not be used within an annotation",
        (2, 11),
        (2, 16),
    ),
    (
        "future_annotation_await",
        "from __future__ import annotations\nasync def f() -> (await g()): pass\n",
        "'await expression' can not be used within an annotation",
        (2, 19),
        (2, 28),
    ),
    (
        "future_annotation_walrus",
        "from __future__ import annotations\nx: (y := int) = 1\n",
        "'named expression' can not be used within an annotation",
        (2, 5),
        (2, 13),
    ),
    (
        "future_annotation_local_yield",
        "from __future__ import annotations\ndef f():\n    x: (yield) = 1\n",
        "'yield expression' can not be used within an annotation",
        (3, 9),
        (3, 14),
    ),
    (
        "match_name_capture_not_last",
        "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        "name capture 'y' makes remaining patterns unreachable",
        (2, 10),
        (2, 11),
    ),
    (
        "match_wildcard_not_last",
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "wildcard makes remaining patterns unreachable",
        (2, 10),
        (2, 11),
    ),
    (
        "match_or_capture_not_last",
        "match x:\n    case a | 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        (2, 10),
        (2, 11),
    ),
    (
        "match_duplicate_capture",
        "match x:\n    case [a, a]:\n        pass\n",
        "multiple assignments to name 'a' in pattern",
        (2, 14),
        (2, 15),
    ),
    (
        "match_duplicate_rest",
        "match x:\n    case {'a': rest, **rest}:\n        pass\n",
        "multiple assignments to name 'rest' in pattern",
        (2, 16),
        (2, 20),
    ),
    (
        "match_alternatives_differ",
        "match x:\n    case [a] | [b]:\n        pass\n",
        "alternative patterns bind different names",
        (2, 17),
        (2, 18),
    ),
    (
        "match_duplicate_key",
        "match x:\n    case {1: a, True: b}:\n        pass\n",
        "mapping pattern checks duplicate key (True)",
        (2, 10),
        (2, 25),
    ),
    (
        "match_duplicate_string_key",
        "match x:\n    case {'k': a, 'k': b}:\n        pass\n",
        "mapping pattern checks duplicate key ('k')",
        (2, 10),
        (2, 26),
    ),
    (
        "match_repeated_attribute",
        "match x:\n    case C(a=1, a=2):\n        pass\n",
        "attribute name repeated in class pattern: a",
        (2, 19),
        (2, 20),
    ),
    (
        "match_two_stars",
        "match x:\n    case [*a, *b]:\n        pass\n",
        "multiple starred names in sequence pattern",
        (2, 10),
        (2, 18),
    ),
    (
        "match_capture_debug",
        "match x:\n    case __debug__:\n        pass\n",
        "cannot assign to __debug__",
        (2, 10),
        (2, 19),
    ),
    (
        "match_keyword_debug",
        "match x:\n    case C(__debug__=1):\n        pass\n",
        "cannot assign to __debug__",
        (2, 22),
        (2, 23),
    ),
    (
        "assign_debug",
        "__debug__ = 1\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 10),
    ),
    (
        "delete_debug",
        "del __debug__\n",
        "cannot delete __debug__",
        (1, 5),
        (1, 14),
    ),
    (
        "assign_debug_attribute",
        "x.__debug__ = 1\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 12),
    ),
    (
        "debug_parameter",
        "def f(__debug__): pass\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 23),
    ),
    (
        "debug_lambda_parameter",
        "g = lambda __debug__: 0\n",
        "cannot assign to __debug__",
        (1, 5),
        (1, 24),
    ),
    (
        "debug_keyword",
        "f(__debug__=1)\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 15),
    ),
    (
        "debug_import",
        "import __debug__\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 17),
    ),
    (
        "debug_import_from",
        "from json import __debug__\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 27),
    ),
    (
        "debug_for_target",
        "for __debug__ in x: pass\n",
        "cannot assign to __debug__",
        (1, 5),
        (1, 14),
    ),
    (
        "debug_def",
        "def __debug__(): pass\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 22),
    ),
    (
        "debug_class",
        "class __debug__: pass\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 22),
    ),
    (
        "debug_walrus",
        "(__debug__ := 1)\n",
        "cannot assign to __debug__",
        (1, 2),
        (1, 11),
    ),
    (
        "debug_except",
        "try:\n    pass\nexcept E as __debug__:\n    pass\n",
        "cannot assign to __debug__",
        (3, 1),
        (4, 9),
    ),
    (
        "debug_annotated",
        "__debug__: int\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 15),
    ),
    (
        "debug_augassign",
        "__debug__ += 1\n",
        "cannot assign to __debug__",
        (1, 1),
        (1, 10),
    ),
    (
        "default_except_not_last",
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        "default 'except:' must be last",
        (3, 1),
        (4, 9),
    ),
    (
        "nested_loops_21",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            for x in y:\n                                                                                for x in y:\n                                                                                    pass\n",
        "too many statically nested blocks",
        (21, 81),
        (22, 89),
    ),
    (
        "nested_with_items_21",
        "with a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20:\n    pass\n",
        "too many statically nested blocks",
        (1, 1),
        (2, 9),
    ),
    (
        "nested_handler_depth",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            try:\n                                                                                pass\n                                                                            except:\n                                                                                pass\n",
        "too many statically nested blocks",
        (22, 77),
        (23, 85),
    ),
    (
        "nested_try_finally_handler",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        try:\n                                                                            pass\n                                                                        except:\n                                                                            pass\n                                                                        finally:\n                                                                            pass\n",
        "too many statically nested blocks",
        (21, 73),
        (22, 81),
    ),
];

/// (name, source) that CPython 3.11 compiles.
const NEGATIVE: &[(&str, &str)] = &[
    // RestrictedPython drops class keywords before CPython compiles them.
    ("fstring_spec_nested_once", "x = f'{a:{b:c}}'\n"),
    (
        "fstring_in_spec_restarts_depth",
        "x = f'{a:{f\"{c:{d}}\"}}'\n",
    ),
    (
        "class_keywords_dropped_repeated",
        "class C(x=1, x=2): pass\n",
    ),
    (
        "class_keywords_dropped_debug",
        "class C(__debug__=1): pass\n",
    ),
    ("class_keywords_dropped_yield", "class C(x=(yield)): pass\n"),
    (
        "return_in_nested_def",
        "class C:\n    def f(self):\n        return 1\n",
    ),
    (
        "return_in_lambda_free_def",
        "def f():\n    if x:\n        return 1\n",
    ),
    ("yield_in_lambda", "g = lambda: (yield)\n"),
    (
        "yield_in_def_local_annotation",
        "def f():\n    x: (yield) = 1\n",
    ),
    (
        "yield_in_comp_first_iterable_in_def",
        "def f():\n    return [x for x in (yield)]\n",
    ),
    ("await_in_async_def", "async def f():\n    await x\n"),
    (
        "await_in_genexp_in_sync_def",
        "def f():\n    return (await x for x in y)\n",
    ),
    ("async_genexp_at_module", "g = (x async for x in y)\n"),
    (
        "async_comp_in_async_def",
        "async def f():\n    return [x async for x in y]\n",
    ),
    (
        "nested_async_comp_in_async_def",
        "async def f():\n    return [[x async for x in y] for z in w]\n",
    ),
    (
        "async_for_in_async_def",
        "async def f():\n    async for x in y:\n        pass\n    async with z:\n        pass\n",
    ),
    (
        "bare_return_in_async_gen",
        "async def f():\n    yield 1\n    return\n",
    ),
    (
        "return_value_in_sync_gen",
        "def f():\n    yield 1\n    return 2\n",
    ),
    (
        "break_in_loop",
        "for x in y:\n    if x:\n        break\n    else:\n        continue\n",
    ),
    (
        "break_in_loop_in_def_in_loop",
        "for x in y:\n    def f():\n        for z in w:\n            break\n",
    ),
    (
        "continue_in_finally",
        "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
    ),
    (
        "break_in_except",
        "while x:\n    try:\n        break\n    except ValueError:\n        continue\n",
    ),
    (
        "break_in_else_of_inner_loop",
        "for x in y:\n    for z in w:\n        pass\n    else:\n        break\n",
    ),
    ("break_in_while_false", "while False:\n    break\n"),
    (
        "break_in_loop_in_except_star",
        "try:\n    pass\nexcept* E:\n    for x in y:\n        break\n",
    ),
    (
        "match_guarded_capture_then_more",
        "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    ),
    (
        "match_wildcard_last",
        "match x:\n    case 1:\n        pass\n    case _:\n        pass\n",
    ),
    (
        "match_same_names_any_order",
        "match x:\n    case [a, b] | [b, a]:\n        pass\n",
    ),
    (
        "match_capture_inside_sequence",
        "match x:\n    case [a, _]:\n        pass\n    case 1:\n        pass\n",
    ),
    (
        "match_distinct_keys",
        "match x:\n    case {1: a, '1': b, None: c}:\n        pass\n",
    ),
    (
        "distinct_args",
        "def f(a, /, b, *c, d, **e): pass\ng = lambda a, b=1, *c, d, **e: 0\n",
    ),
    (
        "global_before_use",
        "def f():\n    global x\n    x = 1\n    print(x)\n",
    ),
    ("global_at_module_then_annotation", "global x\nx: int\n"),
    (
        "global_after_import",
        "def f():\n    import json\n    global json\n",
    ),
    (
        "global_after_use_in_nested_def",
        "def f():\n    def g():\n        return x\n    global x\n",
    ),
    (
        "global_then_walrus_in_comp",
        "def f():\n    global x\n    [(x := 1) for y in z]\n",
    ),
    (
        "nonlocal_bound",
        "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x = 2\n",
    ),
    (
        "nonlocal_through_class",
        "def g():\n    x = 1\n    class C:\n        def f(self):\n            nonlocal x\n",
    ),
    (
        "nonlocal_class_cell",
        "class C:\n    def f(self):\n        nonlocal __class__\n",
    ),
    (
        "nonlocal_chain",
        "def g():\n    x = 1\n    def h():\n        nonlocal x\n        def f():\n            nonlocal x\n",
    ),
    (
        "nonlocal_bound_later",
        "def g():\n    def f():\n        nonlocal x\n    x = 1\n",
    ),
    (
        "nonlocal_param_of_outer",
        "def g(x):\n    def f():\n        nonlocal x\n",
    ),
    ("import_star_at_module", "from json import *\n"),
    (
        "starred_ok",
        "a, *b = c\n[d, *e] = f\nx = *a, *b\nprint(*a, *b)\nclass C(*bases): pass\nfor a, *b in c: pass\n",
    ),
    (
        "star_unpack_255",
        "a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, *b = c\n",
    ),
    (
        "distinct_keywords",
        "f(x=1, y=2, **a, **b)\nclass C(metaclass=M, x=1): pass\n",
    ),
    (
        "walrus_in_comp_in_def",
        "def f():\n    return [y := x for x in z]\n",
    ),
    ("walrus_in_comp_at_module", "[y := x for x in z]\n"),
    (
        "walrus_in_comp_in_lambda_in_class",
        "class C:\n    f = lambda: [(y := 1) for x in z]\n",
    ),
    ("walrus_in_class_body", "class C:\n    (y := 1)\n"),
    ("walrus_in_comp_condition", "[x for x in y if (z := x)]\n"),
    (
        "future_after_docstring",
        "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nfrom __future__ import division\n",
    ),
    (
        "future_with_alias",
        "from __future__ import annotations as a\n",
    ),
    (
        "debug_read",
        "print(__debug__)\nglobal __debug__\nx.__debug__\ndel x.__debug__\nx[__debug__] = 1\n",
    ),
    (
        "bare_except_last",
        "try:\n    pass\nexcept ValueError:\n    pass\nexcept:\n    pass\n",
    ),
    (
        "nested_loops_20",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            for x in y:\n                                                                                pass\n",
    ),
    (
        "nested_with_items_20",
        "with a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19:\n    pass\n",
    ),
    (
        "nested_loops_then_def",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            for x in y:\n                                                                                def f():\n                                                                                    for z in w: pass\n",
    ),
    (
        "nested_handler_18",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        try:\n                                                                            pass\n                                                                        except E as e:\n                                                                            pass\n",
    ),
    (
        "nested_loop_else_depth",
        "for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            for x in y:\n                                                                                pass\n                                                                            else:\n                                                                                for z in w: pass\n",
    ),
];

/// A reported error: message, start and end (line, column).
type Found = (String, (u32, u32), (u32, u32));

fn compile_errors(source: &str) -> Vec<Found> {
    let parsed = parse(source);
    let index = parsed.line_index();
    parsed
        .errors()
        .iter()
        .map(|error| {
            assert_eq!(
                error.kind,
                SyntaxErrorKind::Compile,
                "unexpected parse error {error:?} in {source:?}"
            );
            let start = index.line_col(error.range.start());
            let end = index.line_col(error.range.end());
            (
                error.message.clone(),
                (start.line, start.column),
                (end.line, end.column),
            )
        })
        .collect()
}

#[test]
fn each_error_has_cpythons_message_and_position() {
    let mut failures = Vec::new();
    for &(name, source, message, start, end) in POSITIVE {
        let errors = compile_errors(source);
        let matches = |(found, found_start, found_end): &Found| {
            found == message && *found_start == start && (end.1 == 0 || *found_end == end)
        };
        // CPython stops at the first error; we may report more, but
        // CPython's must be there, and exactly once.
        if errors.iter().filter(|error| matches(error)).count() != 1 {
            failures.push(format!(
                "{name}: expected {message:?} at {start:?}-{end:?}, got {errors:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn single_error_inputs_report_nothing_else() {
    // Every positive input has exactly one problem.
    for &(name, source, _, _, _) in POSITIVE {
        let errors = compile_errors(source);
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
    }
}

#[test]
fn valid_code_near_each_error_is_accepted() {
    let mut failures = Vec::new();
    for &(name, source) in NEGATIVE {
        let errors = compile_errors(source);
        if !errors.is_empty() {
            failures.push(format!("{name}: {errors:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn future_errors_cover_the_whole_statement() {
    // CPython gives no end for these; the statement is the problem.
    let errors = compile_errors("from __future__ import annotations, nope\n");
    assert_eq!(
        errors,
        vec![(
            "future feature nope is not defined".to_string(),
            (1, 1),
            (1, 41)
        )]
    );
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let errors = compile_errors("return 1\nbreak\ndef f(a, a):\n    nonlocal b\n");
    let messages: Vec<&str> = errors
        .iter()
        .map(|(message, _, _)| message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "'return' outside function",
            "'break' outside loop",
            "duplicate argument 'a' in function definition",
            "no binding for nonlocal 'b' found",
        ]
    );
}

#[test]
fn deeper_nesting_is_reported_once() {
    let source: String = (0..25)
        .map(|depth| format!("{}while x:\n", "    ".repeat(depth)))
        .chain(std::iter::once(format!("{}pass\n", "    ".repeat(25))))
        .collect();
    let errors = compile_errors(&source);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "too many statically nested blocks");
    assert_eq!(errors[0].1, (21, 81));
}

#[test]
fn a_compile_error_inside_a_parse_error_is_not_repeated() {
    // `(y := 1)` is not a valid target: one parse error, not also a
    // comprehension-rebinding error at the same place.
    let parsed = parse("[x for x, (y := 1) in z]\n");
    assert_eq!(parsed.errors().len(), 1, "{:?}", parsed.errors());
    assert_eq!(parsed.errors()[0].kind, SyntaxErrorKind::Parse);
}

#[test]
fn a_compile_error_around_a_parse_error_is_kept() {
    let parsed = parse("return (1 +)\n");
    let kinds: Vec<SyntaxErrorKind> = parsed.errors().iter().map(|error| error.kind).collect();
    assert!(
        kinds.contains(&SyntaxErrorKind::Compile),
        "{:?}",
        parsed.errors()
    );
    assert!(
        kinds.contains(&SyntaxErrorKind::Parse),
        "{:?}",
        parsed.errors()
    );
}

#[test]
fn deep_nesting_stops_the_walk_with_one_error() {
    // CPython 3.11 compiles 900 nested unary minuses and gives up (a
    // RecursionError) before 1000; the walk must not exhaust the stack.
    let shallow = format!("x = {}1\n", "-".repeat(900));
    assert_eq!(compile_errors(&shallow), Vec::<Found>::new());
    let deep = format!("x = {}1\n", "-".repeat(20_000));
    let errors = compile_errors(&deep);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].0,
        "maximum recursion depth exceeded during compilation"
    );
}
