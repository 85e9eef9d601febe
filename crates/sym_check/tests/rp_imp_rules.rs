//! Exact codes, messages, spans and help of the `RP` and `IMP` rules.

use sym_check::{Settings, check_parsed, is_rejecting, rules};

/// The families under test, so that other families' findings on the same
/// snippets (an undefined name, a missing builtin) do not blur them.
fn rp_and_imp() -> Settings {
    Settings {
        select: vec!["RP".to_string(), "IMP".to_string()],
        ..Settings::default()
    }
}

/// `(code, text under the span, message)` for every diagnostic.
fn findings(source: &str) -> Vec<(&'static str, String, String)> {
    let parsed = sym_syntax::parse(source);
    check_parsed(&parsed, &rp_and_imp())
        .into_iter()
        .map(|d| (d.code, parsed.text(d.range).to_string(), d.message))
        .collect()
}

fn one(source: &str) -> (&'static str, String, String) {
    let mut all = findings(source);
    assert_eq!(
        all.len(),
        1,
        "expected one diagnostic for {source:?}: {all:?}"
    );
    all.remove(0)
}

fn help_of(source: &str) -> String {
    let parsed = sym_syntax::parse(source);
    let diagnostics = check_parsed(&parsed, &rp_and_imp());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    diagnostics[0].help.clone().unwrap_or_default()
}

fn accepted(source: &str) -> bool {
    let parsed = sym_syntax::parse(source);
    !check_parsed(&parsed, &Settings::default())
        .iter()
        .any(|d| is_rejecting(d.code))
}

fn triple(code: &'static str, span: &str, message: &str) -> (&'static str, String, String) {
    (code, span.to_string(), message.to_string())
}

#[test]
fn rp101_underscore_names_in_every_binding_position() {
    assert_eq!(
        one("_cache = {}\n"),
        triple("RP101", "_cache", "name `_cache` starts with `_`")
    );
    assert_eq!(
        help_of("_cache = {}\n"),
        "rename it without the leading underscore, e.g. `cache`"
    );
    assert_eq!(
        one("x = _secret\n"),
        triple("RP101", "_secret", "name `_secret` starts with `_`")
    );
    assert_eq!(
        one("def _helper():\n    return 1\n"),
        triple(
            "RP101",
            "_helper",
            "function name `_helper` starts with `_`"
        )
    );
    assert_eq!(
        one("class _Base:\n    pass\n"),
        triple("RP101", "_Base", "class name `_Base` starts with `_`")
    );
    for (source, name) in [
        ("def f(_a, /):\n    pass\n", "_a"),
        ("def f(_a):\n    pass\n", "_a"),
        ("def f(*_rest):\n    pass\n", "_rest"),
        ("def f(*, _k=1):\n    pass\n", "_k"),
        ("def f(**_kw):\n    pass\n", "_kw"),
        ("g = lambda _x: 0\n", "_x"),
    ] {
        assert_eq!(
            one(source),
            triple(
                "RP101",
                name,
                &format!("parameter name `{name}` starts with `_`")
            ),
            "{source:?}"
        );
    }
    assert_eq!(
        one("from json import _default\n"),
        triple(
            "RP101",
            "_default",
            "imported name `_default` starts with `_`"
        )
    );
    assert_eq!(
        one("import json as _json\n"),
        triple("RP101", "_json", "import alias `_json` starts with `_`")
    );
    assert_eq!(
        one("try:\n    pass\nexcept ValueError as _e:\n    pass\n"),
        triple("RP101", "_e", "exception variable `_e` starts with `_`")
    );
}

#[test]
fn rp101_near_misses_are_accepted() {
    assert!(accepted("_ = 1\nfor _ in range(2):\n    pass\n"));
    assert!(accepted("def _():\n    return 1\n"));
    assert!(accepted("d = dict(_hidden=1)\n"));
    assert!(accepted("def f():\n    global _state\n"));
    assert!(accepted("import json._private\n"));
}

#[test]
fn rp101_special_methods_depend_on_name_and_column() {
    assert!(accepted(
        "class A:\n    def __init__(self):\n        pass\n"
    ));
    assert!(accepted(
        "if True:\n    def __eq__(a, b):\n        return True\n"
    ));
    assert!(accepted("\x0cdef __init__(self):\n    pass\n"));
    assert_eq!(
        one("def __init__(self):\n    pass\n"),
        triple(
            "RP101",
            "__init__",
            "special method `__init__` is defined at module level"
        )
    );
    assert_eq!(
        one("@staticmethod\ndef __ge__(a, b):\n    pass\n"),
        triple(
            "RP101",
            "__ge__",
            "special method `__ge__` is defined at module level"
        )
    );
    assert_eq!(
        one("class A:\n    def __str__(self):\n        return ''\n"),
        triple(
            "RP101",
            "__str__",
            "special method `__str__` is not allowed"
        )
    );
}

#[test]
fn rp102_roles_suffix() {
    assert_eq!(
        one("view__roles__ = 1\n"),
        triple(
            "RP102",
            "view__roles__",
            "name `view__roles__` ends with `__roles__`"
        )
    );
    assert_eq!(
        one("def f(edit__roles__):\n    pass\n"),
        triple(
            "RP102",
            "edit__roles__",
            "parameter name `edit__roles__` ends with `__roles__`"
        )
    );
    assert!(accepted("roles__view = view__roles = 1\n"));
}

#[test]
fn rp103_reserved_names() {
    assert_eq!(
        one("print = 1\n"),
        triple(
            "RP103",
            "print",
            "`print` is a reserved name and cannot be assigned or deleted"
        )
    );
    assert_eq!(
        one("def f(printed):\n    pass\n"),
        triple(
            "RP103",
            "printed",
            "`printed` is a reserved name and cannot be used as a parameter name"
        )
    );
    assert_eq!(
        one("x = builtins\n"),
        triple(
            "RP103",
            "builtins",
            "`builtins` is reserved and cannot be used"
        )
    );
    assert_eq!(
        one("breakpoint()\n"),
        triple(
            "RP103",
            "breakpoint",
            "`breakpoint` is reserved and cannot be used"
        )
    );
    // NFKC: a fullwidth p is still `print`.
    assert_eq!(one("\u{ff50}rint = 1\n").0, "RP103");
    assert!(accepted("print('x')\ntext = printed\nd = dict(print=1)\n"));
}

#[test]
fn rp104_exec_and_eval_calls() {
    assert_eq!(
        one("exec('x = 1')\n"),
        triple("RP104", "exec", "`exec(...)` calls are not allowed")
    );
    assert_eq!(
        one("y = eval('1')\n"),
        triple("RP104", "eval", "`eval(...)` calls are not allowed")
    );
    assert!(accepted(
        "run = exec\ndef f(engine):\n    return engine.eval('1')\n"
    ));
}

#[test]
fn rp2xx_attribute_names() {
    assert_eq!(
        one("def f(o):\n    return o._x\n"),
        triple("RP201", "_x", "attribute `_x` starts with `_`")
    );
    assert_eq!(
        one("def f(o):\n    del o.__dict__\n"),
        triple("RP201", "__dict__", "attribute `__dict__` starts with `_`")
    );
    assert_eq!(
        one("def f(o):\n    o.view__roles__ = 1\n"),
        triple(
            "RP202",
            "view__roles__",
            "attribute `view__roles__` ends with `__roles__`"
        )
    );
    assert_eq!(
        one("def f(g):\n    return g.gi_frame\n"),
        triple(
            "RP203",
            "gi_frame",
            "attribute `gi_frame` reaches interpreter internals and is not allowed"
        )
    );
    assert!(accepted(
        "def f(o):\n    o.y = o._\n    return o.f_lineno, o.co_name\n"
    ));
}

#[test]
fn rp3xx_refused_statements_point_at_their_keyword() {
    assert_eq!(
        one("limit: int = 3\n"),
        triple("RP301", ": int", "annotated assignments are not allowed")
    );
    assert_eq!(
        one("match x:\n    case 1:\n        pass\n"),
        triple("RP302", "match", "`match` statements are not allowed")
    );
    assert_eq!(
        one("try:\n    pass\nexcept* ValueError:\n    pass\n"),
        triple(
            "RP303",
            "except*",
            "`except*` (exception groups) is not allowed"
        )
    );
    assert_eq!(
        one("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n"),
        triple("RP304", "nonlocal", "`nonlocal` statements are not allowed")
    );
    assert_eq!(
        one("@d\nasync def f():\n    pass\n"),
        triple("RP305", "async", "`async def` functions are not allowed")
    );
    assert_eq!(
        findings("async def f(x):\n    return await x\n")[1],
        triple("RP305", "await", "`await` expressions are not allowed")
    );
    assert_eq!(
        one("d = {}\nd['k'] += 1\n"),
        triple(
            "RP306",
            "d['k']",
            "augmented assignment to an item or slice is not allowed"
        )
    );
    assert_eq!(
        help_of("d = {}\nd['k'] += 1\n"),
        "write it out: `d['k'] = d['k'] + ...`"
    );
    assert_eq!(
        one("def f(o):\n    o.n -= 1\n"),
        triple(
            "RP306",
            "o.n",
            "augmented assignment to an attribute is not allowed"
        )
    );
    assert!(accepted(
        "n = 1\nn += 1\nm = n @ n\ns = (x async for x in y)\n"
    ));
    assert!(accepted(
        "def f(x: int, *a: str) -> bool:\n    return True\n"
    ));
}

#[test]
fn rp4xx_other_refusals() {
    assert_eq!(
        one("from json import *\n"),
        triple("RP401", "*", "`import *` is not allowed")
    );
    assert_eq!(
        one("class A(metaclass=type):\n    pass\n"),
        triple(
            "RP402",
            "metaclass=type",
            "the `metaclass` keyword is not allowed"
        )
    );
    assert!(accepted("class A(tag=1):\n    pass\n"));
    assert_eq!(
        one("def f(m):\n    print(m)\n    global _print\n"),
        triple(
            "RP403",
            "_print",
            "`global _print` comes after this scope already used `_print`, a helper \
             RestrictedPython inserts"
        )
    );
    assert_eq!(one("def f(o):\n    o.x\n    global _getattr_\n").0, "RP403");
    assert!(accepted(
        "def f(o):\n    global _getattr_\n    return o.x\n"
    ));
    assert!(accepted("def f():\n    global _print\n    return 1\n"));
    assert!(accepted("print(1)\nglobal print\n"));
}

#[test]
fn imp001_modules_outside_the_allowlist() {
    assert_eq!(
        one("import os\n"),
        triple("IMP001", "os", "import of `os` is not allowed")
    );
    assert_eq!(
        help_of("import os\n"),
        "Sym's runtime only provides these modules: sym.sdk, requests, json, datetime"
    );
    assert_eq!(
        one("import os.path as p\n"),
        triple("IMP001", "os.path", "import of `os.path` is not allowed")
    );
    assert_eq!(
        one("from os import path\n"),
        triple("IMP001", "os", "import from `os` is not allowed")
    );
    assert_eq!(
        one("import sym\n"),
        triple("IMP001", "sym", "import of `sym` is not allowed")
    );
    assert_eq!(
        one("from sym import sdk, cli\n"),
        triple("IMP001", "cli", "import of `sym.cli` is not allowed")
    );
    assert_eq!(
        help_of("from sym import sdk, cli\n"),
        "only `sdk` can be imported from `sym`; remove `cli`"
    );
    assert_eq!(
        one("from __future__ import annotations\n"),
        triple(
            "IMP001",
            "__future__",
            "import from `__future__` is not allowed"
        )
    );
    assert_eq!(
        one("def never():\n    import jsonx\n").1,
        "jsonx".to_string()
    );
    for source in [
        "from sym import sdk\n",
        "from sym import sdk as s\n",
        "import sym.sdk.integrations\n",
        "from sym.sdk.integrations import slack\n",
        "import json.decoder\n",
        "import requests as r\n",
        "from datetime import datetime\n",
    ] {
        assert!(accepted(source), "{source:?}");
    }
}

#[test]
fn imp002_relative_imports() {
    assert_eq!(
        one("from . import helpers\n"),
        triple("IMP002", ".", "relative import from `.` is not allowed")
    );
    assert_eq!(
        one("from ..util import x\n"),
        triple(
            "IMP002",
            "..util",
            "relative import from `..util` is not allowed"
        )
    );
}

#[test]
fn profile_allowlist_is_data() {
    let mut settings = Settings::default();
    settings.profile.allowed_modules.push("re".to_string());
    let parsed = sym_syntax::parse("import re\nimport os\n");
    let codes: Vec<_> = check_parsed(&parsed, &settings)
        .into_iter()
        .map(|d| (d.code, parsed.text(d.range).to_string()))
        .collect();
    assert_eq!(codes, vec![("IMP001", "os".to_string())]);
}

#[test]
fn every_rp_and_imp_rule_is_registered_and_documented() {
    let infos: Vec<_> = rules::infos()
        .filter(|info| info.code.starts_with("RP") || info.code.starts_with("IMP"))
        .collect();
    assert_eq!(infos.len(), 19);
    for info in infos {
        let doc = info.doc_text();
        for section in ["## What it does", "## Why", "## Example", "## Instead"] {
            assert!(doc.contains(section), "{} lacks {section}", info.code);
        }
        assert!(rules::by_code(info.code).is_some());
    }
}
