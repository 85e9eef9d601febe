//! Human-readable output: a code frame per diagnostic (drawn by miette)
//! and a summary line.

use std::fmt::{self, Display};

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::{Diagnostic, FileReport, Severity};

/// How the terminal renderer draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TerminalOptions {
    /// Emit ANSI colour escapes.
    pub color: bool,
    /// Leave out the summary line.
    pub quiet: bool,
    /// Wrap width for messages and help.
    pub width: usize,
}

impl Default for TerminalOptions {
    fn default() -> Self {
        Self {
            color: false,
            quiet: false,
            width: 100,
        }
    }
}

/// Renders every diagnostic of `reports` (in the given order) as a code
/// frame, then the summary line unless `options.quiet`.
pub fn render_terminal(reports: &[FileReport], options: &TerminalOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(options.width)
        .with_context_lines(1)
        // miette counts columns in bytes; the header below says where in
        // code points, like every other format.
        .without_primary_span_start()
        .without_syntax_highlighting();
    let mut out = String::new();
    for report in reports {
        let source = NamedSource::new(report.path.clone(), report.source.clone());
        for diagnostic in &report.diagnostics {
            let (start, _) = report.span(diagnostic.range);
            let frame = Frame {
                diagnostic,
                source: &source,
                header: format!(
                    "{}:{}:{}: {}[{}]",
                    report.path,
                    start.line,
                    start.column,
                    diagnostic.severity.as_str(),
                    diagnostic.code
                ),
            };
            let mut rendered = String::new();
            if handler.render_report(&mut rendered, &frame).is_err() {
                // miette only fails on a broken span; fall back to one line.
                rendered = one_line(report, diagnostic);
            }
            out.push_str(rendered.trim_end());
            out.push_str("\n\n");
        }
    }
    if !options.quiet {
        out.push_str(&Summary::of(reports).to_string());
        out.push('\n');
    }
    out
}

/// `path:line:col: CODE message`, the fallback when a frame cannot be drawn.
fn one_line(report: &FileReport, diagnostic: &Diagnostic) -> String {
    let (start, _) = report.span(diagnostic.range);
    format!(
        "{}:{}:{}: {} {}\n",
        report.path, start.line, start.column, diagnostic.code, diagnostic.message
    )
}

/// Counts of what `reports` contain, for the last line of text output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Files with at least one diagnostic.
    pub files_with_diagnostics: usize,
    /// Every file that was checked.
    pub files_checked: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Self {
        let mut summary = Summary {
            files_checked: reports.len(),
            ..Summary::default()
        };
        for report in reports {
            if !report.diagnostics.is_empty() {
                summary.files_with_diagnostics += 1;
            }
            for diagnostic in &report.diagnostics {
                match diagnostic.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Info => summary.infos += 1,
                }
            }
        }
        summary
    }
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

impl Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.errors + self.warnings + self.infos == 0 {
            return write!(
                f,
                "All checks passed ({} checked).",
                plural(self.files_checked, "file")
            );
        }
        write!(
            f,
            "Found {}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        )?;
        if self.infos > 0 {
            write!(f, ", {}", plural(self.infos, "note"))?;
        }
        write!(
            f,
            " in {} ({} checked).",
            plural(self.files_with_diagnostics, "file"),
            plural(self.files_checked, "file")
        )
    }
}

/// One diagnostic as miette sees it.
struct Frame<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a NamedSource<std::sync::Arc<str>>,
    /// `path:line:column: severity[CODE]`.
    header: String,
}

impl Frame<'_> {
    /// A byte span clamped to the text and to character boundaries, so
    /// that a stale range cannot make miette fail.
    fn span(&self, range: sym_syntax::TextRange) -> SourceSpan {
        let text: &str = self.source.inner();
        let floor = |offset: usize| {
            let mut offset = offset.min(text.len());
            while offset > 0 && !text.is_char_boundary(offset) {
                offset -= 1;
            }
            offset
        };
        let start = floor(range.start().to_usize());
        let end = floor(range.end().to_usize()).max(start);
        SourceSpan::new(start.into(), end - start)
    }
}

impl fmt::Debug for Frame<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl Display for Frame<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for Frame<'_> {}

impl miette::Diagnostic for Frame<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        Some(Box::new(self.header.as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        let help = self.diagnostic.help.as_ref()?;
        Some(Box::new(help.as_str()))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(None, self.span(self.diagnostic.range));
        let secondary = self.diagnostic.labels.iter().map(|label| {
            LabeledSpan::new_with_span(Some(label.message.clone()), self.span(label.range))
        });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}
