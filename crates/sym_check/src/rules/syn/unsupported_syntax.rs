use sym_syntax::SyntaxErrorKind;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports syntax that Python 3.11 does not have yet: `type` aliases,
    /// generic parameter lists (`def f[T](x)`), f-strings that reuse their
    /// own quotes, and other newer grammar.
    ///
    /// ## Why
    /// Sym runs impl.py on Python 3.11; newer syntax does not parse there,
    /// so the whole file is refused.
    ///
    /// ## Example
    /// ```python
    /// message = f"{event.payload.fields["reason"]}"
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// message = f"{event.payload.fields['reason']}"
    /// ```
    pub struct UnsupportedSyntax {
        code: "SYN002",
        name: "syntax-newer-than-python-3-11",
        severity: Error,
        summary: "Syntax that Python 3.11 does not support",
    }
}

impl Rule for UnsupportedSyntax {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_file(&self, cx: &mut Context<'_>) {
        super::report_syntax_errors(
            cx,
            SyntaxErrorKind::Unsupported,
            Some("Sym runs Python 3.11: write this the 3.11 way"),
        );
    }
}
