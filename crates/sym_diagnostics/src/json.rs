//! Machine-readable output: one JSON object per diagnostic. The schema is
//! documented in `docs/json-format.md`; changing a field is a breaking
//! change.

use serde::Serialize;

use crate::{FileReport, LineCol};

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    help: Option<&'a str>,
    labels: Vec<JsonLabel<'a>>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    message: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    content: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
}

/// The diagnostics of `reports` as a pretty-printed JSON array, in the
/// given order, followed by a newline.
pub fn render_json(reports: &[FileReport]) -> String {
    let mut items = Vec::new();
    for report in reports {
        for diagnostic in &report.diagnostics {
            let (start, end) = report.span(diagnostic.range);
            let labels = diagnostic
                .labels
                .iter()
                .map(|label| {
                    let (start, end) = report.span(label.range);
                    JsonLabel {
                        message: &label.message,
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                    }
                })
                .collect();
            let fix = diagnostic.fix.as_ref().map(|fix| JsonFix {
                message: &fix.message,
                edits: fix
                    .edits
                    .iter()
                    .map(|edit| {
                        let (start, end): (LineCol, LineCol) = report.span(edit.range);
                        JsonEdit {
                            content: &edit.replacement,
                            line: start.line,
                            column: start.column,
                            end_line: end.line,
                            end_column: end.column,
                        }
                    })
                    .collect(),
            });
            items.push(JsonDiagnostic {
                code: diagnostic.code,
                severity: diagnostic.severity.as_str(),
                message: &diagnostic.message,
                file: &report.path,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                help: diagnostic.help.as_deref(),
                labels,
                fix,
            });
        }
    }
    // Serialising plain structs of strings and integers cannot fail.
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
