//! SARIF 2.1.0 output, for code-scanning dashboards.

use serde_json::{Value, json};

use crate::{FileReport, RuleMeta, Severity};

/// The schema URL SARIF consumers expect in `$schema`.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The tool that produced the log.
#[derive(Clone, Copy, Debug)]
pub struct ToolInfo<'a> {
    pub name: &'a str,
    pub version: &'a str,
}

/// A SARIF 2.1.0 log with one run: `rules` describes every rule (the
/// driver's rule list), `reports` gives the results. Columns are Unicode
/// code points (`columnKind`), end columns exclusive.
pub fn render_sarif(reports: &[FileReport], rules: &[RuleMeta], tool: ToolInfo<'_>) -> String {
    let rule_objects: Vec<Value> = rules
        .iter()
        .map(|rule| {
            let doc = doc_text(rule.doc);
            json!({
                "id": rule.code,
                "name": rule.name,
                "shortDescription": { "text": rule.summary },
                "fullDescription": { "text": doc },
                "help": { "text": doc, "markdown": doc },
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for diagnostic in &report.diagnostics {
            let (start, end) = report.span(diagnostic.range);
            let mut result = json!({
                "ruleId": diagnostic.code,
                "level": level(diagnostic.severity),
                "message": { "text": message_text(&diagnostic.message, diagnostic.help.as_deref()) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": path_to_uri(&report.path) },
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                        }
                    }
                }],
            });
            if let (Some(index), Value::Object(map)) = (
                rules.iter().position(|rule| rule.code == diagnostic.code),
                &mut result,
            ) {
                map.insert("ruleIndex".to_string(), json!(index));
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": tool.name,
                    "version": tool.version,
                    "informationUri": "https://example.invalid/symc",
                    "rules": rule_objects,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn message_text(message: &str, help: Option<&str>) -> String {
    match help {
        Some(help) => format!("{message}\nhelp: {help}"),
        None => message.to_string(),
    }
}

/// A rule's doc as written (`///` lines keep one leading space).
fn doc_text(doc: &str) -> String {
    let lines: Vec<&str> = doc
        .lines()
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect();
    lines.join("\n").trim().to_string()
}

/// A relative URI reference for a path: forward slashes, and everything
/// outside RFC 3986's unreserved set and `/` percent-encoded.
pub fn path_to_uri(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}
