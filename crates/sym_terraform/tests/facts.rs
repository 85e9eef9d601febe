//! What `extract_impl_facts` reads from impl.py source.

use sym_terraform::{AccessKind, ComparisonOp, Literal, Subject, extract_impl_facts};

fn text(source: &str, range: sym_syntax::TextRange) -> &str {
    &source[range.start().to_usize()..range.end().to_usize()]
}

#[test]
fn reads_direct_and_aliased_accesses() {
    let source = r#"
def get_approvers(evt):
    fields = evt.payload.fields
    payload = evt.payload
    fvars = evt.flow.vars
    a = fields["reason"]
    b = payload.fields.get("urgency", "Normal")
    c = fvars["channel"]
    d = evt.flow.vars.get("arn")
    e = evt.payload.fields["hours"]
"#;
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    let found: Vec<(Subject, AccessKind, &str)> = facts
        .accesses
        .iter()
        .map(|access| {
            (
                access.subject.clone(),
                access.kind,
                text(source, access.key_range),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                Subject::Field("reason".into()),
                AccessKind::Subscript,
                "\"reason\""
            ),
            (
                Subject::Field("urgency".into()),
                AccessKind::Get,
                "\"urgency\""
            ),
            (
                Subject::Var("channel".into()),
                AccessKind::Subscript,
                "\"channel\""
            ),
            (Subject::Var("arn".into()), AccessKind::Get, "\"arn\""),
            (
                Subject::Field("hours".into()),
                AccessKind::Subscript,
                "\"hours\""
            ),
        ]
    );
}

#[test]
fn a_name_bound_twice_or_shadowed_is_not_an_alias() {
    let source = r#"
fields = None

def one(event):
    fields = event.payload.fields
    fields = {}
    return fields["not_a_field"]

def two(event):
    fvars = event.flow.vars
    def inner(fvars):
        return fvars["parameter_not_alias"]
    return fvars["real"]

def three(event):
    return fields["module_level_none"]
"#;
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    let keys: Vec<&str> = facts.accesses.iter().map(|a| a.subject.key()).collect();
    assert_eq!(keys, ["real"]);
}

#[test]
fn reads_comparisons_with_literals_on_either_side() {
    let source = r#"
def on_request(event):
    urgency = event.payload.fields.get("urgency")
    if urgency == "Emergency" or "High" != event.payload.fields["level"]:
        pass
    if event.payload.fields["hours"] in (1, -4) and event.flow.vars["n"] < 2.5:
        pass
    if event.payload.fields["flag"] is True:
        pass
    if event.payload.fields["x"] == some_name:
        pass
"#;
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    let found: Vec<(String, ComparisonOp, Vec<Literal>)> = facts
        .comparisons
        .iter()
        .map(|c| {
            (
                c.subject.key().to_string(),
                c.op,
                c.literals.iter().map(|(l, _)| l.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "urgency".into(),
                ComparisonOp::Eq,
                vec![Literal::Str("Emergency".into())]
            ),
            (
                "level".into(),
                ComparisonOp::NotEq,
                vec![Literal::Str("High".into())]
            ),
            (
                "hours".into(),
                ComparisonOp::In,
                vec![Literal::Int("1".into()), Literal::Int("-4".into())]
            ),
            ("n".into(), ComparisonOp::Order, vec![Literal::Float(2.5)]),
            (
                "flag".into(),
                ComparisonOp::Identity,
                vec![Literal::Bool(true)]
            ),
        ]
    );
}

#[test]
fn reads_prefetch_decorator_forms() {
    let source = r#"
from sym.sdk import annotations
from sym.sdk.annotations import prefetch

@prefetch(field_name="groups")
def get_groups(event): ...

@annotations.prefetch(field_name='regions')
def get_regions(event): ...

@prefetch("positional")
def get_positional(event): ...

@prefetch(field_name=NAME)
def get_dynamic(event): ...

@reducer
def get_approvers(event): ...
"#;
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    let found: Vec<(&str, Option<&str>)> = facts
        .prefetch_reducers
        .iter()
        .map(|r| (r.function.as_str(), r.field_name.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("get_groups", Some("groups")),
            ("get_regions", Some("regions")),
            ("get_positional", Some("positional")),
            ("get_dynamic", None),
        ]
    );
    assert_eq!(text(source, facts.prefetch_reducers[1].range), "'regions'");
}

#[test]
fn a_file_with_syntax_errors_still_yields_facts() {
    let source = "def f(event):\n    x = event.payload.fields[\"a\"]\n    y = (\n";
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    assert_eq!(facts.accesses.len(), 1);
}

#[test]
fn subscripts_that_tolerate_a_missing_key_read_as_get() {
    let source = r#"
def on_request(event):
    fvars = event.flow.vars
    if "alias" in fvars:
        a = fvars["alias"]
    try:
        b = event.payload.fields["notes"]
    except KeyError:
        b = ""
    try:
        c = fvars["arn"]
    except (ValueError, LookupError):
        c = None
    try:
        d = fvars["strict"]
    except ValueError:
        d = None
    e = event.payload.fields["reason"]
"#;
    let facts = extract_impl_facts(&sym_syntax::parse(source));
    let found: Vec<(&str, AccessKind)> = facts
        .accesses
        .iter()
        .map(|access| (text(source, access.key_range), access.kind))
        .collect();
    assert_eq!(
        found,
        vec![
            ("\"alias\"", AccessKind::Get),
            ("\"notes\"", AccessKind::Get),
            ("\"arn\"", AccessKind::Get),
            ("\"strict\"", AccessKind::Subscript),
            ("\"reason\"", AccessKind::Subscript),
        ]
    );
}
