//! One `Diagnostic` type for everything a user is told about their files,
//! and the renderers that turn diagnostics into terminal text, JSON, SARIF
//! 2.1.0 and GitHub Actions annotations.
//!
//! The checker produces [`Diagnostic`]s with byte ranges; a [`FileReport`]
//! pairs them with the file's text so that renderers can compute lines and
//! columns. The language server converts the same values to LSP types.

mod github;
mod json;
mod sarif;
mod terminal;

use std::sync::Arc;

pub use github::{escape_data, escape_property, render_github};
pub use json::render_json;
pub use sarif::{SARIF_SCHEMA, ToolInfo, path_to_uri, render_sarif};
pub use sym_syntax::{LineCol, LineIndex, TextRange};
pub use terminal::{Summary, TerminalOptions, render_terminal};

/// How bad a finding is. `Error` fails CI (exit 1); the others do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A secondary location that explains the primary one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    pub range: TextRange,
    pub message: String,
}

/// A suggested edit: replace `range` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edit {
    pub range: TextRange,
    pub replacement: String,
}

/// A fix the user may apply; never applied without asking.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fix {
    pub message: String,
    pub edits: Vec<Edit>,
}

/// One finding about one file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Stable rule code, e.g. `RP101`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Where the problem is (byte offsets into the file's text).
    pub range: TextRange,
    pub labels: Vec<Label>,
    /// What to write instead.
    pub help: Option<String>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(
        code: &'static str,
        severity: Severity,
        range: TextRange,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            severity,
            message: message.into(),
            range,
            labels: Vec::new(),
            help: None,
            fix: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_label(mut self, range: TextRange, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            range,
            message: message.into(),
        });
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// A file's diagnostics together with what renderers need to locate them.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The path as the user should see it (relative when it was given so).
    pub path: String,
    pub source: Arc<str>,
    pub line_index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn new(path: impl Into<String>, source: Arc<str>, diagnostics: Vec<Diagnostic>) -> Self {
        let line_index = LineIndex::new(&source);
        Self {
            path: path.into(),
            source,
            line_index,
            diagnostics,
        }
    }

    /// 1-based start and end of a diagnostic.
    pub fn span(&self, range: TextRange) -> (LineCol, LineCol) {
        (
            self.line_index.line_col(range.start()),
            self.line_index.line_col(range.end()),
        )
    }
}

/// What renderers need to know about a rule (SARIF lists rules with help).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleMeta {
    pub code: &'static str,
    /// kebab-case name, e.g. `underscore-name`.
    pub name: &'static str,
    pub summary: &'static str,
    /// The full documentation text (markdown).
    pub doc: &'static str,
}

/// A rule's stable identity and documentation, shared by every rule family
/// (the Python checks in `sym_check` and the Terraform checks in
/// `sym_terraform`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable code, e.g. `RP101`. Never reused for another meaning.
    pub code: &'static str,
    /// kebab-case name, e.g. `underscore-name`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// The rule's doc comment (what, why, example, instead), as written in
    /// its file, one `#[doc]` line per line.
    pub doc: &'static str,
}

impl RuleInfo {
    /// The documentation with the one space rustdoc keeps after `///` removed.
    pub fn doc_text(&self) -> String {
        let mut text = String::new();
        for line in self.doc.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text.trim().to_string() + "\n"
    }

    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            code: self.code,
            name: self.name,
            summary: self.summary,
            doc: self.doc,
        }
    }

    /// A finding of this rule.
    pub fn diagnostic(&self, range: TextRange, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.severity, range, message)
    }
}

/// Declares a rule type whose doc comment becomes its [`RuleInfo::doc`].
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// ...
///     pub struct UnderscoreName {
///         code: "RP101",
///         name: "underscore-name",
///         severity: Error,
///         summary: "A name starts with `_`",
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $rule:ident {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $rule;

        impl $rule {
            pub const INFO: ::sym_diagnostics::RuleInfo = ::sym_diagnostics::RuleInfo {
                code: $code,
                name: $name,
                severity: ::sym_diagnostics::Severity::$severity,
                summary: $summary,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
}
