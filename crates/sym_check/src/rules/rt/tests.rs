//! Exact diagnostics of the `RT` rules on small files.

use crate::{Profile, Settings, check_parsed};

/// Every `RT` diagnostic of `source` as `CODE line:col-line:col message | help`.
fn rt_with(source: &str, profile: Profile) -> Vec<String> {
    let parsed = sym_syntax::parse(source);
    let settings = Settings {
        select: vec!["RT".to_string()],
        profile,
        ..Settings::default()
    };
    let index = parsed.line_index();
    check_parsed(&parsed, &settings)
        .into_iter()
        .map(|diagnostic| {
            let start = index.line_col(diagnostic.range.start());
            let end = index.line_col(diagnostic.range.end());
            let mut line = format!(
                "{} {}:{}-{}:{} {}",
                diagnostic.code, start.line, start.column, end.line, end.column, diagnostic.message
            );
            if let Some(help) = &diagnostic.help {
                line.push_str(" | ");
                line.push_str(help);
            }
            line
        })
        .collect()
}

fn rt(source: &str) -> Vec<String> {
    rt_with(source, Profile::default())
}

fn assert_clean(source: &str) {
    assert_eq!(rt(source), Vec::<String>::new(), "source:\n{source}");
}

// RT001 missing-builtin

#[test]
fn missing_builtin_sorted_is_reported_with_idiom() {
    assert_eq!(
        rt("def h(event):\n    return sorted(event.payload.fields)\n"),
        [
            "RT001 2:12-2:18 `sorted` is not a builtin in Sym's runtime: this raises NameError | copy and sort in place: `xs_copy = list(xs)` then `xs_copy.sort()`"
        ]
    );
}

#[test]
fn missing_builtins_each_get_their_idiom() {
    let found =
        rt("x = any([])\ny = dict(a=1)\nz = enumerate([])\nw = getattr(x, \"a\")\nv = set([])\n");
    assert_eq!(
        found,
        [
            "RT001 1:5-1:8 `any` is not a builtin in Sym's runtime: this raises NameError | use a `for` loop that sets a flag, or `len([x for x in xs if cond(x)]) > 0`",
            "RT001 2:5-2:9 `dict` is not a builtin in Sym's runtime: this raises NameError | write a literal (`{\"a\": 1}`) or a comprehension (`{k: v for k, v in pairs}`)",
            "RT001 3:5-3:14 `enumerate` is not a builtin in Sym's runtime: this raises NameError | loop over the indexes: `for i in range(len(xs)):` and use `xs[i]`",
            "RT001 4:5-4:12 `getattr` is not a builtin in Sym's runtime: this raises NameError | read the attribute directly: `o.x`",
            "RT001 5:5-5:8 `set` is not a builtin in Sym's runtime: this raises NameError | use a set comprehension: `{x for x in xs}`",
        ]
    );
}

#[test]
fn missing_builtin_used_without_call_is_reported() {
    assert_eq!(
        rt("def h(event):\n    return isinstance(event, dict)\n"),
        [
            "RT001 2:30-2:34 `dict` is not a builtin in Sym's runtime: this raises NameError | write a literal (`{\"a\": 1}`) or a comprehension (`{k: v for k, v in pairs}`)"
        ]
    );
}

#[test]
fn missing_exception_class_is_reported() {
    assert_eq!(
        rt("try:\n    pass\nexcept TimeoutError:\n    pass\n"),
        [
            "RT001 3:8-3:20 `TimeoutError` is not a builtin in Sym's runtime: this raises NameError | for HTTP errors catch `requests.exceptions.ConnectionError` or `requests.exceptions.Timeout`; otherwise `OSError`"
        ]
    );
}

#[test]
fn runtime_builtins_are_not_reported() {
    assert_clean(
        "def h(event):\n    print(len(str(range(3))), isinstance(1, int), list([1]), printed)\n",
    );
}

#[test]
fn shadowed_builtins_are_not_reported() {
    assert_clean(
        "def sorted(xs):\n    return xs\n\ndef h(event, any=None):\n    dict = {}\n    for zip in []:\n        pass\n    return sorted([]), any, dict, zip\n",
    );
    assert_clean("from json import loads as min\nimport datetime as max\nx = min, max\n");
    assert_clean("def h(event):\n    return sum(1)\n\ndef sum(x):\n    return x\n");
}

#[test]
fn builtin_bound_only_in_another_function_is_still_missing() {
    assert_eq!(
        rt("def f():\n    sorted = 1\n\ndef g():\n    return sorted\n"),
        [
            "RT001 5:12-5:18 `sorted` is not a builtin in Sym's runtime: this raises NameError | copy and sort in place: `xs_copy = list(xs)` then `xs_copy.sort()`"
        ]
    );
}

#[test]
fn extra_builtins_from_configuration_are_accepted() {
    let profile = Profile::default().with_extra_builtins(["sorted".to_string(), "any".to_string()]);
    assert_eq!(
        rt_with("x = sorted([]), any([]), min([1])\n", profile),
        [
            "RT001 1:26-1:29 `min` is not a builtin in Sym's runtime: this raises NameError | keep the smallest value so far in a `for` loop"
        ]
    );
}

#[test]
fn names_restricted_python_refuses_are_left_to_rp() {
    assert_clean("x = __name__\nbreakpoint()\neval(\"1\")\nexec(\"1\")\n");
}

#[test]
fn missing_builtin_in_except_name_error_probe_is_not_reported() {
    assert_clean("try:\n    f = sorted\nexcept NameError:\n    f = None\n");
}

// RT002 undefined-name

#[test]
fn typo_gets_did_you_mean() {
    assert_eq!(
        rt("def h(event):\n    channel = 1\n    return chanel\n"),
        [
            "RT002 3:12-3:18 `chanel` is not defined: this raises NameError | did you mean `channel`?"
        ]
    );
}

#[test]
fn unknown_name_without_close_match_has_no_help() {
    assert_eq!(
        rt("def h(event):\n    return approvers_list\n"),
        ["RT002 2:12-2:26 `approvers_list` is not defined: this raises NameError"]
    );
}

#[test]
fn did_you_mean_includes_runtime_builtins() {
    assert_eq!(
        rt("x = lenn([])\n"),
        ["RT002 1:5-1:9 `lenn` is not defined: this raises NameError | did you mean `len`?"]
    );
}

#[test]
fn module_names_defined_later_are_fine_in_functions() {
    assert_clean(
        "def h(event):\n    return helper(event) + LIMIT\n\ndef helper(e):\n    return 1\n\nLIMIT = 3\n",
    );
}

#[test]
fn module_name_used_before_definition_is_reported() {
    assert_eq!(
        rt("x = y + 1\ny = 2\n"),
        [
            "RT002 1:5-1:6 `y` is used before it is defined: this raises NameError | define `y` above this line"
        ]
    );
    assert_eq!(
        rt("count = count + 1\n"),
        [
            "RT002 1:9-1:14 `count` is used before it is defined: this raises NameError | define `count` above this line"
        ]
    );
}

#[test]
fn module_use_before_definition_in_loops_or_behind_earlier_bindings_is_silent() {
    assert_clean("for i in range(3):\n    if i:\n        print(y)\n    y = i\n");
    assert_clean("if True:\n    y = 1\nprint(y)\ny = 2\n");
    assert_clean("while True:\n    print(z)\n    z = 1\n");
    // A module name that is also a runtime builtin falls back to it.
    assert_clean("print(len([]))\nlen = 3\n");
}

#[test]
fn class_attributes_are_not_visible_in_methods() {
    assert_eq!(
        rt("class Config:\n    limit = 3\n    def get(self):\n        return limit\n"),
        [
            "RT002 4:16-4:21 `limit` is not defined: this raises NameError | a method does not see its class body's names: write `self.limit` or `Config.limit`"
        ]
    );
    assert_clean(
        "class Config:\n    limit = 3\n    double = limit * 2\n    def get(self):\n        return Config.limit\n",
    );
}

#[test]
fn class_body_sees_enclosing_function_locals() {
    assert_clean(
        "def make():\n    size = 3\n    class Box:\n        width = size\n    return Box\n",
    );
}

#[test]
fn comprehension_scopes() {
    assert_clean("def h(event):\n    return [x * y for x in [1] for y in [x]]\n");
    assert_eq!(
        rt("def h(event):\n    xs = [1]\n    ys = [x for x in xs]\n    return x\n"),
        ["RT002 4:12-4:13 `x` is not defined: this raises NameError"]
    );
    // The first iterable is evaluated outside: the class name is visible there.
    assert_clean("class A:\n    items = [1, 2]\n    doubled = [i * 2 for i in items]\n");
    assert_eq!(
        rt(
            "class A:\n    items = [1, 2]\n    factor = 2\n    doubled = [i * factor for i in items]\n"
        ),
        [
            "RT002 4:20-4:26 `factor` is not defined: this raises NameError | only the first `for` iterable of a comprehension sees the names of class `A`; compute this outside the class body"
        ]
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    assert_clean(
        "def h(event):\n    found = [y for x in [1, 2] if (y := x * 2)]\n    return y, found\n",
    );
    assert_clean("if (n := 3) > 2:\n    print(n)\n");
}

#[test]
fn global_declarations_route_bindings_to_the_module() {
    assert_clean(
        "def init():\n    global CACHE\n    CACHE = {}\n\ndef h(event):\n    return CACHE\n",
    );
    assert_eq!(
        rt("def init():\n    global CACHE\n    return CACHE\n"),
        ["RT002 3:12-3:17 `CACHE` is not defined: this raises NameError"]
    );
}

#[test]
fn parameters_lambdas_and_defaults() {
    assert_clean(
        "def h(event, *args, key=None, **extra):\n    f = lambda a, *b, c=1: a + c + len(b)\n    return f(event), args, key, extra\n",
    );
    assert_eq!(
        rt("f = lambda a: a + b\n"),
        ["RT002 1:19-1:20 `b` is not defined: this raises NameError"]
    );
    assert_eq!(
        rt("def h(event, n=width):\n    return n\n"),
        ["RT002 1:16-1:21 `width` is not defined: this raises NameError"]
    );
}

#[test]
fn imports_for_with_and_star_targets_bind() {
    assert_clean(
        "import sym.sdk\nfrom json import dumps as d\nimport requests\n\ndef h(event):\n    with requests.Session() as s:\n        first, *rest = [1, 2]\n        for i, (a, b) in [(1, (2, 3))]:\n            pass\n    return sym.sdk, d, s, first, rest, i, a, b\n",
    );
}

#[test]
fn except_as_name_is_unbound_after_the_handler() {
    assert_eq!(
        rt(
            "def h(event):\n    try:\n        pass\n    except ValueError as error:\n        print(error)\n    return error\n"
        ),
        [
            "RT002 6:12-6:17 `error` is unbound here: Python deletes an `except ... as error` name when its handler ends | to use it after the handler, copy it there: `saved_error = error`"
        ]
    );
    // Bound again by an assignment: fine.
    assert_clean(
        "def h(event):\n    error = None\n    try:\n        pass\n    except ValueError as error:\n        pass\n    return error\n",
    );
}

#[test]
fn star_import_silences_undefined_names() {
    assert_clean("from json import *\nx = loads\n");
}

#[test]
fn name_error_probes_are_not_reported() {
    assert_clean(
        "try:\n    value = maybe_defined\nexcept (KeyError, NameError):\n    value = None\n",
    );
}

#[test]
fn local_annotations_are_not_evaluated() {
    assert_clean("def h(event):\n    x: SomeType = 1\n    return x\n");
    assert_eq!(
        rt("x: SomeType = 1\n"),
        ["RT002 1:4-1:12 `SomeType` is not defined: this raises NameError"]
    );
}

#[test]
fn deleted_names_still_resolve() {
    assert_clean("def h(event):\n    x = 1\n    del x\n    return 2\n");
}

// RT003 attribute-write

#[test]
fn attribute_assignment_names_the_guard() {
    assert_eq!(
        rt("class Counter:\n    def __init__(self):\n        self.count = 0\n"),
        [
            "RT003 3:9-3:19 assigning `self.count` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list) | keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects"
        ]
    );
}

#[test]
fn attribute_deletion_tuple_targets_and_setattr() {
    let found = rt(
        "def h(event):\n    del event.x\n    event.a, event.b = 1, 2\n    setattr(event, \"c\", 3)\n",
    );
    assert_eq!(
        found,
        [
            "RT003 2:9-2:16 `del event.x` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list) | keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects",
            "RT003 3:5-3:12 assigning `event.a` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list) | keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects",
            "RT003 3:14-3:21 assigning `event.b` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list) | keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects",
            "RT003 4:5-4:27 `setattr` goes through `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list) | keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects",
        ]
    );
}

#[test]
fn item_writes_and_sessions_are_fine() {
    assert_clean("def h(event):\n    d = {}\n    d[\"x\"] = 1\n    del d[\"x\"]\n    return d\n");
    assert_clean(
        "import requests\n\ndef h(event):\n    s = requests.Session()\n    s.headers = {}\n    with requests.Session() as t:\n        t.auth = (\"a\", \"b\")\n",
    );
}

#[test]
fn shadowed_setattr_is_not_reported() {
    assert_clean("def setattr(o, k, v):\n    o[k] = v\n\nsetattr({}, \"a\", 1)\n");
}

// RT004 str-format

#[test]
fn str_format_on_literals_and_string_names() {
    let found =
        rt("a = \"{}\".format(1)\nt = \"{x}\"\nb = t.format_map({})\nc = str.format(\"{}\", 2)\n");
    assert_eq!(
        found,
        [
            "RT004 1:10-1:16 `str.format` is refused by `safer_getattr`: Sym raises NotImplementedError | use an f-string: `f\"{user.email} asked\"`, or `%` formatting",
            "RT004 3:7-3:17 `str.format_map` is refused by `safer_getattr`: Sym raises NotImplementedError | use an f-string: `f\"{user.email} asked\"`, or `%` formatting",
            "RT004 4:9-4:15 `str.format` is refused by `safer_getattr`: Sym raises NotImplementedError | use an f-string: `f\"{user.email} asked\"`, or `%` formatting",
        ]
    );
}

#[test]
fn format_on_other_objects_is_not_reported() {
    assert_clean(
        "def h(event, template):\n    t = \"a\"\n    t = template\n    return template.format(1), t.format(2), event.format()\n",
    );
}

// RT005 range-too-large

#[test]
fn range_at_the_limit_is_reported() {
    assert_eq!(
        rt("for i in range(1000):\n    pass\n"),
        [
            "RT005 1:10-1:21 this `range` would hold 1000 elements: Sym's limited `range` raises ValueError at 1000 or more | loop over fewer than 1000 numbers at a time, or count in a `while` loop"
        ]
    );
    assert_eq!(
        rt("r = range(1000, 0, -1)\n"),
        [
            "RT005 1:5-1:23 this `range` would hold 1000 elements: Sym's limited `range` raises ValueError at 1000 or more | loop over fewer than 1000 numbers at a time, or count in a `while` loop"
        ]
    );
    assert_eq!(
        rt("r = range(0, 10, 0)\n"),
        ["RT005 1:5-1:20 `range` with a step of 0 raises ValueError | use a step other than 0"]
    );
}

#[test]
fn small_or_unknown_ranges_are_fine() {
    assert_clean(
        "def h(event, n):\n    return range(999), range(10, 2000, 2), range(n), range(0, 4995, 5), range(-5, 5)\n",
    );
    assert_clean("def range(n):\n    return n\n\nrange(5000)\n");
}

// RT006 limited-list-or-tuple

#[test]
fn list_and_tuple_of_strings_or_nothing() {
    let found = rt("a = list(\"abc\")\nb = tuple(f\"x{1}\")\nc = list()\nd = tuple()\n");
    assert_eq!(
        found,
        [
            "RT006 1:5-1:16 Sym's limited `list` refuses a string: this raises TypeError | use a comprehension: `[c for c in text]`",
            "RT006 2:5-2:19 Sym's limited `tuple` refuses a string: this raises TypeError | use a comprehension: `tuple([c for c in text])`",
            "RT006 3:5-3:11 Sym's limited `list` needs an argument: `list()` raises TypeError | write an empty literal: `[]`",
            "RT006 4:5-4:12 Sym's limited `tuple` needs an argument: `tuple()` raises TypeError | write an empty literal: `()`",
        ]
    );
    assert_clean(
        "def h(event):\n    return list([1]), tuple(event.payload.fields), list(x for x in \"ab\")\n",
    );
}

#[test]
fn every_rule_has_documentation_sections() {
    for rule in super::RULES {
        let doc = rule.info().doc_text();
        for section in ["## What it does", "## Why", "## Example", "## Instead"] {
            assert!(
                doc.contains(section),
                "{} lacks {section}",
                rule.info().code
            );
        }
        assert!(rule.info().code.starts_with("RT"));
    }
}
