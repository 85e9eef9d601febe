//! A stable, human-readable dump of what was read (for snapshot tests and
//! `--debug` output): JSON with paths relative to the project root and
//! locations as `file:line:col`.

use serde_json::{Map, Value, json};
use sym_diagnostics::Diagnostic;
use sym_syntax::LineIndex;

use crate::model::{Flow, Implementation, Location, TerraformProject, VarValue};
use crate::paths::display_relative;

/// The flows of `project` as pretty JSON.
pub fn flows_json(project: &TerraformProject) -> String {
    let flows: Vec<Value> = project
        .flows
        .iter()
        .map(|flow| flow_json(project, flow))
        .collect();
    serde_json::to_string_pretty(&Value::Array(flows)).unwrap_or_default()
}

/// `path:line:col` of a location, relative to the project root.
pub fn location_text(project: &TerraformProject, location: &Location) -> String {
    let path = display_relative(&location.file, &project.root);
    match project.files.get(&location.file) {
        Some(text) => {
            let position = LineIndex::new(text).line_col(location.range.start());
            format!("{path}:{}:{}", position.line, position.column)
        }
        None => path,
    }
}

/// One diagnostic as `path:line:col: CODE severity: message`, with its help
/// and labels on indented lines.
pub fn diagnostic_text(path: &str, source: Option<&str>, diagnostic: &Diagnostic) -> String {
    let index = source.map(LineIndex::new);
    let position = |offset| match &index {
        Some(index) => {
            let position = index.line_col(offset);
            format!("{}:{}", position.line, position.column)
        }
        None => "1:1".to_string(),
    };
    let mut text = format!(
        "{path}:{}: {} {}: {}\n",
        position(diagnostic.range.start()),
        diagnostic.code,
        diagnostic.severity.as_str(),
        diagnostic.message
    );
    for label in &diagnostic.labels {
        text.push_str(&format!(
            "  label {}: {}\n",
            position(label.range.start()),
            label.message
        ));
    }
    if let Some(help) = &diagnostic.help {
        text.push_str(&format!("  help: {help}\n"));
    }
    if let Some(fix) = &diagnostic.fix {
        text.push_str(&format!("  fix: {}\n", fix.message));
    }
    text
}

/// The project's own diagnostics, rendered with [`diagnostic_text`].
pub fn project_diagnostics_text(project: &TerraformProject) -> String {
    let mut text = String::new();
    for (path, diagnostic) in &project.diagnostics {
        let shown = display_relative(path, &project.root);
        let source = project.files.get(path).map(|source| &**source);
        text.push_str(&diagnostic_text(&shown, source, diagnostic));
    }
    text
}

fn var_json(value: &VarValue) -> Value {
    match value {
        VarValue::Known(text) => json!(text),
        VarValue::Unknown { reason } => json!({ "unknown": reason }),
    }
}

fn flow_json(project: &TerraformProject, flow: &Flow) -> Value {
    let mut object = Map::new();
    object.insert("address".into(), json!(flow.address()));
    object.insert("name".into(), json!(flow.name));
    object.insert("label".into(), json!(flow.label));
    object.insert(
        "location".into(),
        json!(location_text(project, &flow.location)),
    );
    object.insert(
        "implementation".into(),
        match &flow.implementation {
            Implementation::File(path) => json!({ "file": display_relative(path, &project.root) }),
            Implementation::Unresolved(reason) => json!({ "unresolved": reason }),
        },
    );
    let vars: Map<String, Value> = flow
        .vars
        .entries
        .iter()
        .map(|(key, value)| (key.clone(), var_json(value)))
        .collect();
    object.insert("vars".into(), Value::Object(vars));
    if let Some(reason) = &flow.vars.all_unknown {
        object.insert("vars_unknown".into(), json!(reason));
    }
    if let Some(strategy) = &flow.strategy {
        let targets: Vec<Value> = strategy
            .targets
            .iter()
            .map(|target| {
                let settings: Map<String, Value> = target
                    .settings
                    .iter()
                    .map(|(key, value)| (key.clone(), var_json(value)))
                    .collect();
                json!({
                    "resource": target.resource_name,
                    "name": target.name,
                    "label": target.label,
                    "type": target.target_type,
                    "settings": settings,
                })
            })
            .collect();
        object.insert(
            "strategy".into(),
            json!({
                "resource": strategy.resource_name,
                "type": strategy.strategy_type,
                "targets": targets,
                "targets_open": strategy.targets_open,
            }),
        );
    }
    let fields: Vec<Value> = flow
        .prompt_fields
        .iter()
        .map(|field| {
            json!({
                "name": field.name,
                "label": field.label,
                "type": field.field_type.map(|t| t.as_str()),
                "required": field.required,
                "allowed_values": field.allowed_values,
                "default": field.default,
                "prefetch": field.prefetch,
                "visible": field.visible,
                "location": location_text(project, &field.location),
            })
        })
        .collect();
    object.insert("prompt_fields".into(), Value::Array(fields));
    if let Some(reason) = &flow.prompt_fields_open {
        object.insert("prompt_fields_open".into(), json!(reason));
    }
    Value::Object(object)
}
