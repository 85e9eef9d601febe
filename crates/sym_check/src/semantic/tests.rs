//! The scope model on small files: scopes, bindings and resolutions.

use sym_syntax::ast::{Expr, ExprContext, ExprName};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{TextSize, parse};

use super::*;

/// Every name expression of a file, in source order.
fn names(parsed: &sym_syntax::ParsedModule) -> Vec<ExprName> {
    struct Collect(Vec<ExprName>);
    impl<'a> Visitor<'a> for Collect {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                self.0.push(name.clone());
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut collect = Collect(Vec::new());
    collect.visit_body(parsed.body());
    collect.0
}

/// Each name load as `name@line:col -> what it resolves to`.
fn resolutions(source: &str) -> Vec<String> {
    let parsed = parse(source);
    let model = SemanticModel::build(parsed.module(), &Profile::default());
    let index = parsed.line_index();
    names(&parsed)
        .iter()
        .filter(|name| name.ctx == ExprContext::Load)
        .map(|name| {
            let at = index.line_col(name.range.start());
            let resolved = match model.resolve(name) {
                Some(Resolution::Symbol(symbol)) => {
                    let symbol = model.symbol(symbol);
                    let scope = model.scope(symbol.scope);
                    let first = symbol
                        .bindings
                        .first()
                        .map(|binding| index.line_col(model.binding(*binding).range.start()));
                    match first {
                        Some(first) => format!("{:?} {}:{}", scope.kind, first.line, first.column),
                        None => format!("{:?}", scope.kind),
                    }
                }
                Some(other) => format!("{other:?}"),
                None => "not seen".to_string(),
            };
            format!("{}@{}:{} -> {resolved}", name.id, at.line, at.column)
        })
        .collect()
}

#[test]
fn function_locals_parameters_globals_and_builtins() {
    assert_eq!(
        resolutions("LIMIT = 1\ndef f(a):\n    b = a\n    return b, LIMIT, len, nope\n"),
        [
            "a@3:9 -> Function 2:7",
            "b@4:12 -> Function 3:5",
            "LIMIT@4:15 -> Module 1:1",
            "len@4:22 -> Builtin",
            "nope@4:27 -> Unbound(NoBinding)",
        ]
    );
}

#[test]
fn class_scope_is_skipped_by_methods_but_not_by_its_body() {
    assert_eq!(
        resolutions("x = 1\nclass A:\n    x = 2\n    y = x\n    def m(self):\n        return x\n"),
        ["x@4:9 -> Class 3:5", "x@6:16 -> Module 1:1"]
    );
}

/// Like [`resolutions`], sorted (visitor order differs from source order
/// inside comprehensions).
fn sorted_resolutions(source: &str) -> Vec<String> {
    let mut found = resolutions(source);
    found.sort();
    found
}

#[test]
fn comprehension_first_iterable_is_outside() {
    assert_eq!(
        sorted_resolutions("class A:\n    xs = [1]\n    ys = [x for x in xs if x]\n"),
        [
            "x@3:11 -> Comprehension 3:17",
            "x@3:28 -> Comprehension 3:17",
            "xs@3:22 -> Class 2:5",
        ]
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_enclosing_function() {
    let source = "def f():\n    [y for x in [1] if (y := x)]\n    return y\n";
    assert_eq!(
        sorted_resolutions(source),
        [
            "x@2:30 -> Comprehension 2:12",
            "y@2:6 -> Function 2:25",
            "y@3:12 -> Function 2:25",
        ]
    );
    let parsed = parse(source);
    let model = SemanticModel::build(parsed.module(), &Profile::default());
    let binding = model
        .binding_at(TextSize::from(33))
        .map(|binding| model.binding(binding));
    let binding = binding.map(|binding| (binding.kind, model.scope(binding.scope).kind));
    assert_eq!(
        binding,
        Some((BindingKind::NamedExpr, ScopeKind::Comprehension))
    );
}

#[test]
fn global_and_nonlocal_route_bindings() {
    assert_eq!(
        resolutions(
            "def f():\n    global G\n    G = 1\n\ndef outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n = 1\n    return n\n\nx = G\n"
        ),
        ["n@10:12 -> Function 6:5", "G@12:5 -> Module 3:5"]
    );
}

#[test]
fn imports_bind_their_first_component_or_alias() {
    assert_eq!(
        resolutions(
            "import sym.sdk\nimport json as j\nfrom datetime import datetime as dt\nx = sym, j, dt, sdk\n"
        ),
        [
            "sym@4:5 -> Module 1:8",
            "j@4:10 -> Module 2:16",
            "dt@4:13 -> Module 3:34",
            "sdk@4:17 -> Unbound(NoBinding)",
        ]
    );
}

#[test]
fn except_names_are_unbound_outside_their_handler() {
    assert_eq!(
        resolutions("try:\n    pass\nexcept ValueError as e:\n    print(e)\nprint(e)\n"),
        [
            "ValueError@3:8 -> Builtin",
            "print@4:5 -> Builtin",
            "e@4:11 -> Module 3:22",
            "print@5:1 -> Builtin",
            "e@5:7 -> Unbound(AfterExceptHandler)",
        ]
    );
}

#[test]
fn module_straight_line_use_before_definition() {
    assert_eq!(
        resolutions("a = b\nb = 1\ndef f():\n    return c\nc = 2\n"),
        ["b@1:5 -> Unbound(BeforeDefinition)", "c@4:12 -> Module 5:1",]
    );
}

#[test]
fn function_local_annotations_are_unknown_when_unbound() {
    assert_eq!(
        resolutions("def f():\n    x: Missing = 1\n    return x\n"),
        ["Missing@2:8 -> Unknown", "x@3:12 -> Function 2:5"]
    );
}

#[test]
fn scopes_definitions_and_visible_names() {
    let source =
        "import json\n\ndef handler(event):\n    total = 1\n    return [total for item in event]\n";
    let parsed = parse(source);
    let model = SemanticModel::build(parsed.module(), &Profile::default());
    let kinds: Vec<ScopeKind> = model.scopes().iter().map(|scope| scope.kind).collect();
    assert_eq!(
        kinds,
        [
            ScopeKind::Module,
            ScopeKind::Function,
            ScopeKind::Comprehension
        ]
    );
    let function = model.scope_of_node(TextSize::from(13));
    assert_eq!(
        function.map(|id| model.scope(id).name.clone()),
        Some(Some(Name::new("handler")))
    );

    // Inside the comprehension: its own names, then the function's, then the module's.
    let inner = model.scope_at(TextSize::from(70));
    assert_eq!(model.scope(inner).kind, ScopeKind::Comprehension);
    let visible: Vec<&str> = model
        .visible_names(inner)
        .into_iter()
        .map(|name| name.as_str())
        .collect();
    assert_eq!(visible, ["item", "event", "total", "handler", "json"]);

    let total_load = names(&parsed)
        .into_iter()
        .find(|name| name.id.as_str() == "total" && name.ctx == ExprContext::Load);
    let definitions: Vec<(BindingKind, u32)> = total_load
        .as_ref()
        .map(|name| model.definitions(name))
        .unwrap_or_default()
        .into_iter()
        .map(|binding| (binding.kind, binding.range.start().to_u32()))
        .collect();
    assert_eq!(definitions, [(BindingKind::Assignment, 37)]);
}

#[test]
fn profile_extra_builtins_resolve_as_builtins() {
    let parsed = parse("x = sorted\n");
    let profile = Profile::default().with_extra_builtins(["sorted".to_string()]);
    let model = SemanticModel::build(parsed.module(), &profile);
    let load = names(&parsed)
        .into_iter()
        .find(|name| name.ctx == ExprContext::Load);
    assert_eq!(
        load.and_then(|name| model.resolve(&name)),
        Some(Resolution::Builtin)
    );
}

#[test]
fn malformed_input_does_not_panic() {
    for source in [
        "def f(:\n    return x\n",
        "class\n",
        "[x for in]\n",
        "lambda: (y := 1)\n",
        "match x:\n    case [a, *rest] if a: pass\n    case {\"k\": v, **others}: pass\n",
        "nonlocal x\n",
        "global g\ng = 1\n",
        "",
    ] {
        let parsed = parse(source);
        let model = SemanticModel::build(parsed.module(), &Profile::default());
        assert!(!model.scopes().is_empty());
    }
}

#[test]
fn references_list_every_load_of_a_symbol() {
    let source = "LIMIT = 1\ndef f():\n    return LIMIT\nx = LIMIT + 1\n";
    let parsed = parse(source);
    let model = SemanticModel::build(parsed.module(), &Profile::default());
    let symbol = model.scope(ScopeId::MODULE).symbol("LIMIT");
    let starts: Vec<u32> = symbol
        .map(|symbol| model.references(symbol))
        .unwrap_or_default()
        .into_iter()
        .map(|range| range.start().to_u32())
        .collect();
    assert_eq!(starts, [30, 40]);
}
