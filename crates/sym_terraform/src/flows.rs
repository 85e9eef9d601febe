//! From a `resource "sym_flow"` block to a [`Flow`].

use hcl::edit::Span;
use hcl::edit::expr::{Expression, ObjectKey};
use hcl::edit::structure::{Attribute, Block, Body};
use indexmap::IndexMap;
use sym_syntax::TextRange;

use crate::eval::{At, Evaluator, ResourceRef, Src, Value};
use crate::model::{
    FieldType, Flow, Implementation, Location, PromptField, Strategy, Target, VarValue, Vars,
};
use crate::rules::{
    DefaultNotAllowed, DuplicatePromptField, ImplementationMissing, ImplementationUnresolved,
    NotApplicableAttribute, PromptFieldWithoutName, UnexpectedShape, UnknownFieldType,
    UnresolvedSymReference,
};
use crate::suggest::did_you_mean;

pub(crate) fn extract_flow(
    ev: &mut Evaluator<'_, '_>,
    instance: usize,
    src: Src<'_, Block>,
) -> Flow {
    let block = src.node;
    let at = src.at;
    let resource_name = block
        .labels
        .get(1)
        .map_or_else(String::new, |label| label.as_str().to_string());
    let location = Location {
        file: ev.file_path(at),
        range: header_range(block, at),
    };
    let module_path = ev
        .instances
        .get(instance)
        .map(|instance| instance.module_path.clone())
        .unwrap_or_default();

    let name = match block.body.get_attribute("name") {
        Some(attribute) => string_attribute(ev, instance, attribute, at, "name"),
        None => {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    location.range,
                    format!("sym_flow.{resource_name} has no `name`"),
                ),
            );
            None
        }
    };
    let label = block
        .body
        .get_attribute("label")
        .and_then(|attribute| string_attribute(ev, instance, attribute, at, "label"));
    let implementation = implementation(ev, instance, &block.body, at, &location, &resource_name);
    let vars = vars(ev, instance, &block.body, at);

    let mut flow = Flow {
        name,
        label,
        resource_name,
        module_path,
        implementation,
        vars,
        strategy: None,
        prompt_fields: Vec::new(),
        prompt_fields_open: None,
        location,
    };
    read_params(ev, instance, &block.body, at, &mut flow);
    flow
}

/// `resource "sym_flow" "name"`: the block's identifier and labels.
fn header_range(block: &Block, at: At) -> TextRange {
    let start = span_range(at, block.ident.span());
    let end = block
        .labels
        .last()
        .map_or(start, |label| span_range(at, label.span()));
    start.cover(end)
}

fn span_range(at: At, span: Option<std::ops::Range<usize>>) -> TextRange {
    crate::hclfile::span_range(at.base, span)
}

/// A `key = value` of a block body, or of an object expression (the
/// `params = { ... }` and `prompt_fields_json` forms).
trait Entry {
    fn value(&self) -> &Expression;
    fn entry_span(&self) -> Option<std::ops::Range<usize>>;
}

impl Entry for Attribute {
    fn value(&self) -> &Expression {
        &self.value
    }

    fn entry_span(&self) -> Option<std::ops::Range<usize>> {
        self.span()
    }
}

struct ObjectEntry<'e> {
    value: &'e Expression,
    span: Option<std::ops::Range<usize>>,
}

impl Entry for ObjectEntry<'_> {
    fn value(&self) -> &Expression {
        self.value
    }

    fn entry_span(&self) -> Option<std::ops::Range<usize>> {
        self.span.clone()
    }
}

/// The entries of a prompt field, from a block or an object expression.
enum Entries<'e> {
    Body(&'e Body),
    Object(Vec<(String, ObjectEntry<'e>)>),
}

impl<'e> Entries<'e> {
    /// The entries of an object expression with literal keys.
    fn of_object(expr: &'e Expression) -> Option<Entries<'e>> {
        let object = expr.as_object()?;
        let mut entries = Vec::new();
        for (key, value) in object.iter() {
            let name = match key {
                ObjectKey::Ident(ident) => ident.as_str().to_string(),
                ObjectKey::Expression(key_expr) => key_expr.as_str()?.to_string(),
            };
            let span = match (key.span(), value.expr().span()) {
                (Some(start), Some(end)) => Some(start.start..end.end),
                _ => None,
            };
            entries.push((
                name,
                ObjectEntry {
                    value: value.expr(),
                    span,
                },
            ));
        }
        Some(Entries::Object(entries))
    }

    fn get(&self, key: &str) -> Option<&dyn Entry> {
        match self {
            Entries::Body(body) => body.get_attribute(key).map(|a| a as &dyn Entry),
            Entries::Object(entries) => entries
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, entry)| entry as &dyn Entry),
        }
    }
}

fn value_range(entry: &(impl Entry + ?Sized), at: At) -> TextRange {
    span_range(at, entry.value().span())
}

/// A string-valued attribute; other known kinds are TF003, unknown is None.
fn string_attribute(
    ev: &mut Evaluator<'_, '_>,
    instance: usize,
    attribute: &(impl Entry + ?Sized),
    at: At,
    what: &str,
) -> Option<String> {
    let value = ev.eval(instance, attribute.value(), at);
    match value {
        Value::String(text) => Some(text),
        Value::Number(text) => Some(text),
        Value::Unknown(_) | Value::Ref(_) | Value::Null => None,
        other => {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    value_range(attribute, at),
                    format!("`{what}` should be a string, not {}", other.kind()),
                ),
            );
            None
        }
    }
}

fn bool_attribute(
    ev: &mut Evaluator<'_, '_>,
    instance: usize,
    attribute: &(impl Entry + ?Sized),
    at: At,
    what: &str,
) -> Option<bool> {
    let value = ev.eval(instance, attribute.value(), at);
    match &value {
        Value::Bool(flag) => Some(*flag),
        Value::String(text) if text == "true" => Some(true),
        Value::String(text) if text == "false" => Some(false),
        Value::Unknown(_) | Value::Ref(_) | Value::Null => None,
        other => {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    value_range(attribute, at),
                    format!("`{what}` should be true or false, not {}", other.kind()),
                ),
            );
            None
        }
    }
}

fn implementation(
    ev: &mut Evaluator<'_, '_>,
    instance: usize,
    body: &Body,
    at: At,
    location: &Location,
    resource_name: &str,
) -> Implementation {
    let Some(attribute) = body.get_attribute("implementation") else {
        let reason = "the flow has no `implementation`".to_string();
        ev.report(
            at,
            UnexpectedShape::INFO.diagnostic(
                location.range,
                format!("sym_flow.{resource_name} has no `implementation`"),
            ),
        );
        return Implementation::Unresolved(reason);
    };
    let range = value_range(attribute, at);
    let path = match ev.eval(instance, &attribute.value, at) {
        Value::File(path) => path,
        // Earlier versions of the provider took the path itself.
        Value::String(text) if !text.contains('\n') && text.ends_with(".py") => {
            crate::paths::join(ev.root_dir, &text)
        }
        Value::String(_) => {
            let reason = "the implementation is Python source written in the .tf file".to_string();
            ev.report(
                at,
                ImplementationUnresolved::INFO
                    .diagnostic(range, format!("{reason}; it is not linted"))
                    .with_help("move the code to a file and use file(\"${path.module}/impl.py\")"),
            );
            return Implementation::Unresolved(reason);
        }
        other => {
            let reason = other.unknown_reason();
            ev.report(
                at,
                ImplementationUnresolved::INFO
                    .diagnostic(
                        range,
                        format!(
                            "the implementation file cannot be determined statically: {reason}"
                        ),
                    )
                    .with_help(
                        "use file(\"${path.module}/<file>.py\") so symlint can check the file against this flow",
                    ),
            );
            return Implementation::Unresolved(reason);
        }
    };
    if !path.is_file() {
        let mut diagnostic = ImplementationMissing::INFO.diagnostic(
            range,
            format!("the implementation file {} does not exist", path.display()),
        );
        if let Some(module) = ev.instances.get(instance)
            && let Ok(relative) = path.strip_prefix(ev.root_dir)
        {
            let beside_module = crate::paths::normalize(&module.dir.join(relative));
            if beside_module != path && beside_module.is_file() {
                diagnostic = diagnostic.with_help(format!(
                    "file() paths are relative to the directory Terraform runs in; {} exists: write file(\"${{path.module}}/{}\")",
                    beside_module.display(),
                    relative.display()
                ));
            }
        }
        ev.report(at, diagnostic);
    }
    Implementation::File(path)
}

fn vars(ev: &mut Evaluator<'_, '_>, instance: usize, body: &Body, at: At) -> Vars {
    let Some(attribute) = body.get_attribute("vars") else {
        return Vars::default();
    };
    let range = value_range(attribute, at);
    match ev.eval(instance, &attribute.value, at) {
        Value::Object(entries) => {
            let mut vars = Vars::default();
            for (key, value) in entries {
                let var = to_var_value(&value);
                if matches!(value, Value::List(_) | Value::Object(_)) {
                    ev.report(
                        at,
                        UnexpectedShape::INFO.diagnostic(
                            range,
                            format!(
                                "vars[\"{key}\"] is {}; flow vars must be strings",
                                value.kind()
                            ),
                        ),
                    );
                }
                vars.entries.insert(key, var);
            }
            vars
        }
        Value::Null => Vars::default(),
        value @ (Value::Unknown(_) | Value::Ref(_) | Value::File(_)) => Vars {
            entries: IndexMap::new(),
            all_unknown: Some(value.unknown_reason()),
        },
        other => {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    range,
                    format!("`vars` should be a map of strings, not {}", other.kind()),
                ),
            );
            Vars::default()
        }
    }
}

fn to_var_value(value: &Value) -> VarValue {
    match value.as_text() {
        Some(text) => VarValue::Known(text),
        None => VarValue::Unknown {
            reason: value.unknown_reason(),
        },
    }
}

fn read_params(ev: &mut Evaluator<'_, '_>, instance: usize, body: &Body, at: At, flow: &mut Flow) {
    for (index, params) in body
        .blocks()
        .filter(|block| block.has_ident("params"))
        .enumerate()
    {
        if index == 1 {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    span_range(at, params.ident.span()),
                    "a sym_flow has at most one `params` block; Terraform refuses a second",
                ),
            );
        }
        if let Some(strategy_id) = params.body.get_attribute("strategy_id") {
            let value = ev.eval(instance, &strategy_id.value, at);
            flow.strategy = strategy(ev, value, value_range(strategy_id, at), at);
        }
        for block in params.body.blocks() {
            match block.ident.as_str() {
                "prompt_field" => {
                    let range = span_range(at, block.span());
                    let header = span_range(at, block.ident.span());
                    prompt_field(
                        ev,
                        instance,
                        &Entries::Body(&block.body),
                        range,
                        header,
                        at,
                        flow,
                    );
                }
                "dynamic"
                    if block.labels.first().map(|label| label.as_str()) == Some("prompt_field") =>
                {
                    flow.prompt_fields_open.get_or_insert_with(|| {
                        "a dynamic \"prompt_field\" block declares fields at apply time".to_string()
                    });
                }
                _ => {}
            }
        }
    }
    // The provider's older form: `params = { strategy_id = ..., prompt_fields_json = jsonencode([...]) }`.
    let Some(attribute) = body.get_attribute("params") else {
        return;
    };
    let Some(Entries::Object(entries)) = Entries::of_object(&attribute.value) else {
        let value = ev.eval(instance, &attribute.value, at);
        flow.prompt_fields_open = Some(format!("`params` is {}", value.unknown_reason()));
        return;
    };
    for (key, entry) in &entries {
        match key.as_str() {
            "strategy_id" => {
                let value = ev.eval(instance, entry.value, at);
                flow.strategy = strategy(ev, value, value_range(entry, at), at);
            }
            "prompt_fields_json" => {
                let fields = entry
                    .value
                    .as_func_call()
                    .filter(|call| call.name.name.as_str() == "jsonencode" && call.args.len() == 1)
                    .and_then(|call| call.args.iter().next())
                    .and_then(Expression::as_array);
                let Some(fields) = fields else {
                    flow.prompt_fields_open = Some(
                        "`prompt_fields_json` is not jsonencode([...]) of literal fields"
                            .to_string(),
                    );
                    continue;
                };
                for field in fields.iter() {
                    let range = span_range(at, field.span());
                    match Entries::of_object(field) {
                        Some(field_entries) => {
                            prompt_field(ev, instance, &field_entries, range, range, at, flow);
                        }
                        None => {
                            flow.prompt_fields_open = Some(
                                "a prompt field in `prompt_fields_json` is not a literal object"
                                    .to_string(),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn strategy(
    ev: &mut Evaluator<'_, '_>,
    value: Value,
    range: TextRange,
    at: At,
) -> Option<Strategy> {
    let open = |reason: String| Strategy {
        resource_name: None,
        strategy_type: None,
        targets: Vec::new(),
        targets_open: Some(reason),
    };
    match value {
        Value::Null => None,
        Value::Ref(reference) if reference.resource_type == "sym_strategy" => {
            Some(read_strategy(ev, &reference, range, at))
        }
        Value::Ref(reference) => {
            ev.report(
                at,
                UnresolvedSymReference::INFO.diagnostic(
                    range,
                    format!(
                        "strategy_id refers to {}, which is not a sym_strategy",
                        reference.address()
                    ),
                ),
            );
            Some(open(format!(
                "strategy_id refers to {}",
                reference.address()
            )))
        }
        Value::String(_) => Some(open(
            "strategy_id is a literal id; its targets are not in this configuration".to_string(),
        )),
        other => Some(open(other.unknown_reason())),
    }
}

fn read_strategy(
    ev: &mut Evaluator<'_, '_>,
    reference: &ResourceRef,
    range: TextRange,
    at: At,
) -> Strategy {
    let mut strategy = Strategy {
        resource_name: Some(reference.name.clone()),
        strategy_type: None,
        targets: Vec::new(),
        targets_open: None,
    };
    let Some(src) = lookup_resource(ev, reference) else {
        ev.report(
            at,
            UnresolvedSymReference::INFO.diagnostic(
                range,
                format!("sym_strategy.{} is not declared", reference.name),
            ),
        );
        strategy.targets_open = Some(format!("sym_strategy.{} is not declared", reference.name));
        return strategy;
    };
    let body = &src.node.body;
    strategy.strategy_type = body
        .get_attribute("type")
        .and_then(|attribute| string_attribute(ev, reference.instance, attribute, src.at, "type"));
    let Some(targets) = body.get_attribute("targets") else {
        return strategy;
    };
    let targets_range = value_range(targets, src.at);
    match ev.eval(reference.instance, &targets.value, src.at) {
        Value::List(items) => {
            for item in items {
                match item {
                    Value::Ref(target) if target.resource_type == "sym_target" => {
                        match lookup_resource(ev, &target) {
                            Some(target_src) => {
                                strategy.targets.push(read_target(ev, &target, target_src));
                            }
                            None => {
                                ev.report(
                                    src.at,
                                    UnresolvedSymReference::INFO.diagnostic(
                                        targets_range,
                                        format!("sym_target.{} is not declared", target.name),
                                    ),
                                );
                                strategy.targets_open =
                                    Some(format!("sym_target.{} is not declared", target.name));
                            }
                        }
                    }
                    Value::Ref(other) => {
                        ev.report(
                            src.at,
                            UnresolvedSymReference::INFO.diagnostic(
                                targets_range,
                                format!(
                                    "a target refers to {}, which is not a sym_target",
                                    other.address()
                                ),
                            ),
                        );
                    }
                    other => {
                        strategy.targets_open =
                            Some(format!("a target is {}", other.unknown_reason()));
                    }
                }
            }
        }
        other => strategy.targets_open = Some(format!("targets are {}", other.unknown_reason())),
    }
    strategy
}

fn lookup_resource<'a>(ev: &Evaluator<'a, '_>, reference: &ResourceRef) -> Option<Src<'a, Block>> {
    ev.instances.get(reference.instance).and_then(|instance| {
        instance
            .resources
            .get(&(reference.resource_type.clone(), reference.name.clone()))
            .copied()
    })
}

fn read_target(ev: &mut Evaluator<'_, '_>, reference: &ResourceRef, src: Src<'_, Block>) -> Target {
    let body = &src.node.body;
    let instance = reference.instance;
    let text = |ev: &mut Evaluator<'_, '_>, key: &str| {
        body.get_attribute(key)
            .and_then(|attribute| string_attribute(ev, instance, attribute, src.at, key))
    };
    let name = text(ev, "name");
    let label = text(ev, "label");
    let target_type = text(ev, "type");
    let mut settings = IndexMap::new();
    if let Some(attribute) = body.get_attribute("settings")
        && let Value::Object(entries) = ev.eval(instance, &attribute.value, src.at)
    {
        for (key, value) in entries {
            settings.insert(key, to_var_value(&value));
        }
    }
    Target {
        resource_name: reference.name.clone(),
        name,
        label,
        target_type,
        settings,
    }
}

fn prompt_field(
    ev: &mut Evaluator<'_, '_>,
    instance: usize,
    body: &Entries<'_>,
    range: TextRange,
    header: TextRange,
    at: At,
    flow: &mut Flow,
) {
    let file = ev.file_path(at);
    let location = Location {
        file: file.clone(),
        range,
    };
    let Some(name_attribute) = body.get("name") else {
        ev.report(
            at,
            PromptFieldWithoutName::INFO.diagnostic(
                header,
                format!(
                    "a prompt_field of flow `{}` has no `name`",
                    flow.display_name()
                ),
            ),
        );
        return;
    };
    let name_range = value_range(name_attribute, at);
    let name = match ev.eval(instance, name_attribute.value(), at) {
        Value::String(name) if !name.is_empty() => name,
        Value::String(_) => {
            ev.report(
                at,
                PromptFieldWithoutName::INFO
                    .diagnostic(name_range, "the prompt field's name is empty"),
            );
            return;
        }
        value @ (Value::Unknown(_) | Value::Ref(_)) => {
            flow.prompt_fields_open = Some(format!(
                "a prompt field's name is {}",
                value.unknown_reason()
            ));
            return;
        }
        other => {
            ev.report(
                at,
                UnexpectedShape::INFO.diagnostic(
                    name_range,
                    format!(
                        "a prompt field's name should be a string, not {}",
                        other.kind()
                    ),
                ),
            );
            return;
        }
    };

    let field_type = match body.get("type") {
        None => {
            ev.report(
                at,
                UnknownFieldType::INFO
                    .diagnostic(header, format!("prompt field `{name}` has no `type`")),
            );
            None
        }
        Some(attribute) => match ev.eval(instance, attribute.value(), at) {
            Value::String(text) => match FieldType::parse(&text) {
                Some(field_type) => Some(field_type),
                None => {
                    let names: Vec<&str> = FieldType::ALL.iter().map(|t| t.as_str()).collect();
                    let mut diagnostic = UnknownFieldType::INFO.diagnostic(
                        value_range(attribute, at),
                        format!(
                            "prompt field `{name}` has the unknown type `{text}`; Sym knows {}",
                            names.join(", ")
                        ),
                    );
                    if let Some(suggestion) = did_you_mean(&text, names.iter().copied()) {
                        diagnostic = diagnostic.with_help(format!("did you mean `{suggestion}`?"));
                    }
                    ev.report(at, diagnostic);
                    None
                }
            },
            _ => None,
        },
    };

    let label = body
        .get("label")
        .and_then(|attribute| string_attribute(ev, instance, attribute, at, "label"));
    let required = body
        .get("required")
        .and_then(|attribute| bool_attribute(ev, instance, attribute, at, "required"))
        // The provider's default.
        .unwrap_or(true);
    let prefetch_attribute = body.get("prefetch");
    let prefetch = prefetch_attribute
        .and_then(|attribute| bool_attribute(ev, instance, attribute, at, "prefetch"))
        .unwrap_or(false);
    let visible = body
        .get("visible")
        .and_then(|attribute| bool_attribute(ev, instance, attribute, at, "visible"))
        .unwrap_or(true);
    let allowed_values = body.get("allowed_values").and_then(|attribute| {
        match ev.eval(instance, attribute.value(), at) {
            Value::List(items) => items.iter().map(Value::as_text).collect::<Option<Vec<_>>>(),
            Value::Unknown(_) | Value::Ref(_) | Value::Null => None,
            other => {
                ev.report(
                    at,
                    UnexpectedShape::INFO.diagnostic(
                        value_range(attribute, at),
                        format!("`allowed_values` should be a list, not {}", other.kind()),
                    ),
                );
                None
            }
        }
    });
    let default_attribute = body.get("default");
    let default =
        default_attribute.and_then(|attribute| ev.eval(instance, attribute.value(), at).as_text());

    if let (Some(default), Some(attribute)) = (&default, default_attribute) {
        check_default(
            ev,
            at,
            value_range(attribute, at),
            &name,
            field_type,
            allowed_values.as_deref(),
            default,
        );
    }

    if let Some(field_type) = field_type {
        for attribute in not_applicable(field_type) {
            if let Some(entry) = body.get(attribute) {
                ev.report(
                    at,
                    NotApplicableAttribute::INFO.diagnostic(
                        span_range(at, entry.entry_span()),
                        format!(
                            "`{attribute}` does not apply to prompt field `{name}` of type {}",
                            field_type.as_str()
                        ),
                    ),
                );
            }
        }
    }

    if let Some(earlier) = flow.prompt_field(&name) {
        let diagnostic = DuplicatePromptField::INFO
            .diagnostic(
                name_range,
                format!(
                    "flow `{}` already has a prompt field `{name}`",
                    flow.display_name()
                ),
            )
            .with_label(earlier.name_location.range, "first declared here");
        ev.report(at, diagnostic);
        return;
    }
    flow.prompt_fields.push(PromptField {
        name,
        label,
        field_type,
        required,
        allowed_values,
        default,
        prefetch,
        visible,
        location,
        name_location: Location {
            file: file.clone(),
            range: name_range,
        },
        prefetch_location: prefetch_attribute.map(|attribute| Location {
            file,
            range: span_range(at, attribute.entry_span()),
        }),
    });
}

/// The prompt_field attributes the provider does not apply to a type.
fn not_applicable(field_type: FieldType) -> &'static [&'static str] {
    match field_type {
        FieldType::SlackUser | FieldType::SlackUserList => {
            &["allowed_values", "default", "prefetch"]
        }
        FieldType::StrList | FieldType::IntList => &["default"],
        _ => &[],
    }
}

fn check_default(
    ev: &mut Evaluator<'_, '_>,
    at: At,
    range: TextRange,
    name: &str,
    field_type: Option<FieldType>,
    allowed_values: Option<&[String]>,
    default: &str,
) {
    let wrong_type = match field_type {
        Some(FieldType::Int) => default.parse::<i64>().is_err(),
        Some(FieldType::Bool) => default != "true" && default != "false",
        _ => false,
    };
    if wrong_type {
        let field_type = field_type.map_or("", FieldType::as_str);
        ev.report(
            at,
            DefaultNotAllowed::INFO.diagnostic(
                range,
                format!("the default `{default}` of prompt field `{name}` is not a value of type {field_type}"),
            ),
        );
        return;
    }
    if let Some(allowed) = allowed_values
        && !allowed.iter().any(|value| value == default)
    {
        let mut diagnostic = DefaultNotAllowed::INFO.diagnostic(
            range,
            format!(
                "the default `{default}` of prompt field `{name}` is not one of its allowed_values ({})",
                quoted_list(allowed)
            ),
        );
        if let Some(suggestion) = did_you_mean(default, allowed.iter().map(String::as_str)) {
            diagnostic = diagnostic.with_help(format!("did you mean `{suggestion}`?"));
        }
        ev.report(at, diagnostic);
    }
}

pub(crate) fn quoted_list(values: &[String]) -> String {
    values
        .iter()
        .map(|value| format!("\"{value}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
