use sym_syntax::SyntaxErrorKind;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports text that is not valid Python: an unclosed bracket, a bad
    /// indent, a stray token. Every error in the file is reported, not only
    /// the first.
    ///
    /// ## Why
    /// Sym parses impl.py before running anything; a file that does not
    /// parse is refused, and no handler of the flow runs.
    ///
    /// ## Example
    /// ```python
    /// def get_permissions(event)
    ///     return None
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def get_permissions(event):
    ///     return None
    /// ```
    pub struct ParseError {
        code: "SYN001",
        name: "syntax-error",
        severity: Error,
        summary: "The file is not valid Python",
    }
}

impl Rule for ParseError {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_file(&self, cx: &mut Context<'_>) {
        super::report_syntax_errors(cx, SyntaxErrorKind::Parse, None);
    }
}
