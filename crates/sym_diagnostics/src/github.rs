//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice`
//! line per diagnostic, which GitHub shows as an annotation on the file.

use crate::{FileReport, Severity};

/// One workflow command per diagnostic, in the given order.
pub fn render_github(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        for diagnostic in &report.diagnostics {
            let (start, end) = report.span(diagnostic.range);
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = diagnostic.message.clone();
            if let Some(help) = &diagnostic.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            out.push_str(&format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_property(&report.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(diagnostic.code),
                escape_data(&message),
            ));
        }
    }
    out
}

/// Escapes a command's message as the Actions runner unescapes it.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property (`file=...`), where `:` and `,` also delimit.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
