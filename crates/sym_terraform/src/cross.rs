//! The `TF1xx` checks: an impl.py against the flows that run it.
//!
//! A file run by several flows is checked against each; findings that hold
//! for several flows are reported once, naming them all ("flows `a`, `b`:").
//! `obj["k"]` must work in every flow running the file. A read that
//! tolerates a missing key (`obj.get("k")`, a subscript under
//! `if "k" in obj` or inside `try: ... except KeyError`) is never reported:
//! the handler works whatever the flow declares. A comparison or a prefetch
//! reducer that makes sense in one flow running the file is not reported
//! for the others (that is how a shared file is written).

use std::path::PathBuf;

use indexmap::IndexMap;
use sym_diagnostics::{Diagnostic, Edit, Fix};
use sym_syntax::{ParsedModule, TextRange};

use crate::facts::{
    AccessKind, Comparison, ComparisonOp, ImplFacts, Literal, Subject, SubjectAccess,
    extract_impl_facts,
};
use crate::flows::quoted_list;
use crate::model::{FieldType, FieldValueType, Flow, Implementation, PromptField};
use crate::rules::{
    CrossTypeComparison, PrefetchWithoutReducer, ReducerForUnknownField, TfRuleInfo,
    UndeclaredFlowVar, UndeclaredPromptField, ValueNotAllowed,
};
use crate::suggest::did_you_mean;

/// Both kinds of findings, from one reading of the impl.py.
#[derive(Clone, Debug, Default)]
pub struct CrossCheck {
    /// Located in the impl.py (see [`check_impl_against_flows`]).
    pub impl_diagnostics: Vec<Diagnostic>,
    /// Located in `.tf` files (see [`check_flows_against_impl`]).
    pub terraform_diagnostics: Vec<(PathBuf, Diagnostic)>,
}

/// Checks an impl.py against the flows that run it (all `TF1xx` rules).
pub fn cross_check(parsed: &ParsedModule, flows: &[&Flow]) -> CrossCheck {
    if flows.is_empty() {
        return CrossCheck::default();
    }
    let facts = extract_impl_facts(parsed);
    CrossCheck {
        impl_diagnostics: impl_findings(parsed, &facts, flows),
        terraform_diagnostics: terraform_findings(&facts, flows),
    }
}

/// Findings located in the impl.py: undeclared fields and vars, literals
/// outside allowed_values, cross-type comparisons, prefetch reducers for
/// fields that are not prefetch fields. Each message names the flow(s).
pub fn check_impl_against_flows(parsed: &ParsedModule, flows: &[&Flow]) -> Vec<Diagnostic> {
    if flows.is_empty() {
        return Vec::new();
    }
    impl_findings(parsed, &extract_impl_facts(parsed), flows)
}

/// Findings located in the `.tf` files: `prefetch = true` fields without a
/// prefetch reducer in the impl.py. Each message names the flow.
pub fn check_flows_against_impl(
    parsed: &ParsedModule,
    flows: &[&Flow],
) -> Vec<(PathBuf, Diagnostic)> {
    if flows.is_empty() {
        return Vec::new();
    }
    terraform_findings(&extract_impl_facts(parsed), flows)
}

fn impl_findings(parsed: &ParsedModule, facts: &ImplFacts, flows: &[&Flow]) -> Vec<Diagnostic> {
    let mut findings = Findings::default();
    for access in &facts.accesses {
        check_access(parsed, access, flows, &mut findings);
    }
    for comparison in &facts.comparisons {
        check_comparison(comparison, flows, &mut findings);
    }
    check_reducers(facts, flows, &mut findings);
    let mut diagnostics = findings.into_diagnostics();
    diagnostics.sort_by_key(|diagnostic| (diagnostic.range.start(), diagnostic.code));
    diagnostics
}

fn terraform_findings(facts: &ImplFacts, flows: &[&Flow]) -> Vec<(PathBuf, Diagnostic)> {
    // A reducer whose field name is computed could serve any field.
    if facts
        .prefetch_reducers
        .iter()
        .any(|reducer| reducer.field_name.is_none())
    {
        return Vec::new();
    }
    let mut diagnostics = Vec::new();
    for flow in flows {
        let file = match &flow.implementation {
            Implementation::File(path) => path.display().to_string(),
            Implementation::Unresolved(_) => "the implementation".to_string(),
        };
        // TF017 already covers prefetch on user fields, where it does not apply.
        let wants_reducer = |field: &&PromptField| {
            field.prefetch
                && !matches!(
                    field.field_type,
                    Some(FieldType::SlackUser | FieldType::SlackUserList)
                )
        };
        for field in flow.prompt_fields.iter().filter(wants_reducer) {
            let has_reducer = facts
                .prefetch_reducers
                .iter()
                .any(|reducer| reducer.field_name.as_deref() == Some(field.name.as_str()));
            if has_reducer {
                continue;
            }
            let location = field
                .prefetch_location
                .as_ref()
                .unwrap_or(&field.name_location);
            let diagnostic = PrefetchWithoutReducer::INFO
                .diagnostic(
                    location.range,
                    format!(
                        "flow `{}`: prompt field `{}` has prefetch = true, but {file} has no @prefetch(field_name=\"{}\") reducer",
                        flow.display_name(),
                        field.name,
                        field.name
                    ),
                )
                .with_help(format!(
                    "add `@prefetch(field_name=\"{}\")` to a function of {file} returning a list of FieldOption, or remove `prefetch = true`",
                    field.name
                ));
            diagnostics.push((location.file.clone(), diagnostic));
        }
    }
    diagnostics
}

/// One finding, before the flows it holds for are named.
struct Finding {
    rule: &'static TfRuleInfo,
    range: TextRange,
    message: String,
    help: Option<String>,
    fix: Option<Fix>,
    flows: Vec<String>,
}

#[derive(Default)]
struct Findings {
    by_key: IndexMap<(&'static str, TextRange, String), Finding>,
}

impl Findings {
    fn add(
        &mut self,
        rule: &'static TfRuleInfo,
        range: TextRange,
        message: String,
        flow: &Flow,
    ) -> &mut Finding {
        let finding = self
            .by_key
            .entry((rule.code, range, message.clone()))
            .or_insert_with(|| Finding {
                rule,
                range,
                message,
                help: None,
                fix: None,
                flows: Vec::new(),
            });
        let name = flow.display_name();
        if !finding.flows.contains(&name) {
            finding.flows.push(name);
        }
        finding
    }

    fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.by_key
            .into_values()
            .map(|finding| {
                let mut diagnostic = finding.rule.diagnostic(
                    finding.range,
                    format!("{}: {}", flows_prefix(&finding.flows), finding.message),
                );
                diagnostic.help = finding.help;
                diagnostic.fix = finding.fix;
                diagnostic
            })
            .collect()
    }
}

fn flows_prefix(flows: &[String]) -> String {
    let names: Vec<String> = flows.iter().map(|name| format!("`{name}`")).collect();
    if names.len() == 1 {
        format!("flow {}", names.join(""))
    } else {
        format!("flows {}", names.join(", "))
    }
}

/// The flows' names, each once (two roots may each have a flow `access`
/// running the same module's file).
fn distinct_names(flows: &[&Flow]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for flow in flows {
        let name = format!("`{}`", flow.display_name());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn check_access(
    parsed: &ParsedModule,
    access: &SubjectAccess,
    flows: &[&Flow],
    findings: &mut Findings,
) {
    let key = access.subject.key();
    let declares = |flow: &Flow| match &access.subject {
        Subject::Field(name) => flow.declares_field(name),
        Subject::Var(name) => flow.declares_var(name),
    };
    let lacking: Vec<&Flow> = flows
        .iter()
        .copied()
        .filter(|flow| declares(flow) == Some(false))
        .collect();
    let declaring: Vec<&Flow> = flows
        .iter()
        .copied()
        .filter(|flow| declares(flow) == Some(true))
        .collect();
    // A tolerant read works without the key: nothing to report.
    let report = access.kind == AccessKind::Subscript && !lacking.is_empty();
    if !report {
        return;
    }
    let (rule, message, candidates): (&'static TfRuleInfo, String, Vec<String>) =
        match &access.subject {
            Subject::Field(_) => (
                &UndeclaredPromptField::INFO,
                format!("there is no prompt field `{key}`"),
                lacking
                    .iter()
                    .flat_map(|flow| flow.field_names())
                    .map(str::to_string)
                    .collect(),
            ),
            Subject::Var(_) => (
                &UndeclaredFlowVar::INFO,
                format!("there is no flow var `{key}`"),
                lacking
                    .iter()
                    .flat_map(|flow| flow.vars.entries.keys().cloned())
                    .collect(),
            ),
        };
    let suggestion = did_you_mean(key, candidates.iter().map(String::as_str)).map(str::to_string);
    let mut help = Vec::new();
    if let Some(suggestion) = &suggestion {
        help.push(format!("did you mean `{suggestion}`?"));
    }
    if matches!(access.subject, Subject::Field(_))
        && key == "target"
        && lacking.iter().any(|flow| flow.strategy.is_none())
    {
        help.push("`target` exists only in flows whose params set strategy_id".to_string());
    }
    if !declaring.is_empty() {
        let names = distinct_names(&declaring);
        help.push(format!(
            "{} declare{} it; use .get(\"{key}\") to tolerate flows without it",
            names.join(", "),
            if names.len() == 1 { "s" } else { "" }
        ));
    }
    let fix = suggestion
        .and_then(|suggestion| replace_string_literal(parsed, access.key_range, &suggestion));
    for flow in &lacking {
        let finding = findings.add(rule, access.key_range, message.clone(), flow);
        finding.help = (!help.is_empty()).then(|| help.join("; "));
        finding.fix = fix.clone();
    }
}

/// A fix replacing the contents of a plain string literal.
fn replace_string_literal(
    parsed: &ParsedModule,
    range: TextRange,
    replacement: &str,
) -> Option<Fix> {
    let text = parsed.text(range);
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    if text.len() < 2 || !text.ends_with(quote) || text.contains('\\') {
        return None;
    }
    Some(Fix {
        message: format!("replace with {quote}{replacement}{quote}"),
        edits: vec![Edit {
            range,
            replacement: format!("{quote}{replacement}{quote}"),
        }],
    })
}

fn subject_type(flow: &Flow, subject: &Subject) -> Option<FieldValueType> {
    match subject {
        Subject::Field(name) => flow.field_value_type(name),
        // A var is a string when present and None when not: never a number.
        Subject::Var(_) => Some(FieldValueType::Str),
    }
}

fn describe(subject: &Subject, value_type: FieldValueType) -> String {
    match subject {
        Subject::Var(key) => format!("flow var `{key}` (always a string)"),
        Subject::Field(name) if name == "target" && value_type == FieldValueType::AccessTarget => {
            "`target` (an AccessTarget)".to_string()
        }
        Subject::Field(name) if value_type == FieldValueType::Duration => {
            format!("prompt field `{name}` (a duration: int seconds)")
        }
        Subject::Field(name) => format!("prompt field `{name}` ({})", value_type.python()),
    }
}

/// Whether `==` between a value of `value_type` and `literal` can ever hold.
fn types_clash(value_type: FieldValueType, literal: &Literal) -> bool {
    use FieldValueType as T;
    match literal {
        Literal::None => false,
        Literal::Str(_) => value_type != T::Str,
        Literal::Int(_) | Literal::Float(_) | Literal::Bool(_) => matches!(
            value_type,
            T::Str | T::StrList | T::IntList | T::User | T::UserList | T::AccessTarget
        ),
    }
}

fn literal_kind(literal: &Literal) -> &'static str {
    match literal {
        Literal::Str(_) => "a string",
        Literal::Int(_) => "an int",
        Literal::Float(_) => "a float",
        Literal::Bool(_) => "a bool",
        Literal::None => "None",
    }
}

fn check_comparison(comparison: &Comparison, flows: &[&Flow], findings: &mut Findings) {
    if comparison.op == ComparisonOp::Identity {
        return;
    }
    let typed: Vec<(&Flow, FieldValueType)> = flows
        .iter()
        .filter_map(|flow| Some((*flow, subject_type(flow, &comparison.subject)?)))
        .collect();
    for (literal, range) in &comparison.literals {
        // Sensible in one flow running the file: not a mistake in the others.
        let can_match = |(flow, value_type): &(&Flow, FieldValueType)| {
            !types_clash(*value_type, literal)
                && not_allowed(comparison, flow, *value_type, literal).is_none()
        };
        if typed.iter().any(can_match) {
            continue;
        }
        for &(flow, value_type) in &typed {
            if types_clash(value_type, literal) {
                let outcome = if comparison.op == ComparisonOp::Order {
                    "this raises TypeError"
                } else {
                    "they are never equal"
                };
                let message = format!(
                    "{} is compared with {} {}; {outcome}",
                    describe(&comparison.subject, value_type),
                    literal_kind(literal),
                    literal.python()
                );
                let help = type_help(&comparison.subject, value_type, literal);
                let finding = findings.add(&CrossTypeComparison::INFO, *range, message, flow);
                finding.help = help;
                continue;
            }
            check_allowed(comparison, flow, value_type, literal, *range, findings);
        }
    }
}

fn type_help(subject: &Subject, value_type: FieldValueType, literal: &Literal) -> Option<String> {
    match (subject, value_type, literal) {
        (Subject::Var(_), _, Literal::Int(text)) => {
            Some(format!("compare with \"{text}\", or convert with int(...)"))
        }
        (Subject::Field(_), FieldValueType::Int, Literal::Str(text))
            if text.trim().parse::<i64>().is_ok() =>
        {
            Some(format!("compare with {}", text.trim()))
        }
        (Subject::Field(_), FieldValueType::Bool, Literal::Str(text))
            if text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false") =>
        {
            Some(format!(
                "compare with {}",
                if text.eq_ignore_ascii_case("true") {
                    "True"
                } else {
                    "False"
                }
            ))
        }
        (Subject::Field(_), FieldValueType::AccessTarget, Literal::Str(_)) => {
            Some("compare the target's `.name` instead".to_string())
        }
        (Subject::Field(_), FieldValueType::Str, Literal::Int(text)) => {
            Some(format!("compare with \"{text}\""))
        }
        _ => None,
    }
}

fn check_allowed(
    comparison: &Comparison,
    flow: &Flow,
    value_type: FieldValueType,
    literal: &Literal,
    range: TextRange,
    findings: &mut Findings,
) {
    let Some((name, shown, allowed)) = not_allowed(comparison, flow, value_type, literal) else {
        return;
    };
    let message = format!(
        "prompt field `{name}` is compared with {}, which is not one of its allowed_values ({})",
        literal.python(),
        quoted_list(allowed)
    );
    let suggestion = did_you_mean(&shown, allowed.iter().map(String::as_str)).map(str::to_string);
    let finding = findings.add(&ValueNotAllowed::INFO, range, message, flow);
    finding.help = suggestion.map(|suggestion| format!("did you mean \"{suggestion}\"?"));
}

/// When the flow's field has allowed_values and the literal is not one of
/// them: the field's name, the literal as written, and the allowed values.
fn not_allowed<'f>(
    comparison: &'f Comparison,
    flow: &'f Flow,
    value_type: FieldValueType,
    literal: &Literal,
) -> Option<(&'f str, String, &'f Vec<String>)> {
    if comparison.op == ComparisonOp::Order {
        return None;
    }
    let Subject::Field(name) = &comparison.subject else {
        return None;
    };
    let allowed = flow
        .prompt_field(name)
        .and_then(|field| field.allowed_values.as_ref())?;
    let (is_allowed, shown) = match (value_type, literal) {
        (FieldValueType::Str, Literal::Str(text)) => {
            (allowed.iter().any(|value| value == text), text.clone())
        }
        (FieldValueType::Int, Literal::Int(text)) => {
            let wanted = text.parse::<i128>().ok();
            (
                allowed
                    .iter()
                    .any(|value| value.trim().parse::<i128>().ok() == wanted),
                text.clone(),
            )
        }
        _ => return None,
    };
    (!is_allowed).then_some((name.as_str(), shown, allowed))
}

fn check_reducers(facts: &ImplFacts, flows: &[&Flow], findings: &mut Findings) {
    for reducer in &facts.prefetch_reducers {
        let Some(name) = reducer.field_name.as_deref() else {
            continue;
        };
        // Run by one of the flows: a shared file serves the others too.
        if flows
            .iter()
            .any(|flow| flow.prompt_field(name).is_some_and(|field| field.prefetch))
        {
            continue;
        }
        for flow in flows {
            let message = match flow.prompt_field(name) {
                Some(field) if field.prefetch => continue,
                Some(_) => format!(
                    "prompt field `{name}` is not prefetch = true, so the reducer `{}` never runs",
                    reducer.function
                ),
                None if flow.prompt_fields_open.is_some() => continue,
                None => format!(
                    "there is no prompt field `{name}`, so the reducer `{}` never runs",
                    reducer.function
                ),
            };
            let prefetch_fields: Vec<&str> = flow
                .prompt_fields
                .iter()
                .filter(|field| field.prefetch)
                .map(|field| field.name.as_str())
                .collect();
            let help = did_you_mean(name, prefetch_fields.iter().copied())
                .map(|suggestion| format!("did you mean `{suggestion}`?"));
            let help = help.or_else(|| {
                flow.prompt_field(name)
                    .map(|_| format!("set prefetch = true on prompt field `{name}` in Terraform"))
            });
            let finding = findings.add(&ReducerForUnknownField::INFO, reducer.range, message, flow);
            finding.help = help;
        }
    }
}
