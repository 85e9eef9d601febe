use sym_syntax::ast::{self, Stmt};
use sym_syntax::{Ranged, TextRange, TextSize};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `try` statements with `except*` clauses (exception groups).
    ///
    /// ## Why
    /// RestrictedPython refuses `except*`: exception groups were found to
    /// offer a way out of the sandbox. Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// try:
    ///     notify(event)
    /// except* ValueError:
    ///     pass
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// try:
    ///     notify(event)
    /// except ValueError:
    ///     pass
    /// ```
    pub struct ExceptStar {
        code: "RP303",
        name: "except-star",
        severity: Error,
        summary: "A `try` with `except*` clauses",
    }
}

impl Rule for ExceptStar {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::Try(ast::StmtTry {
            is_star: true,
            handlers,
            ..
        }) = stmt
        else {
            return;
        };
        // Point at the first `except*` (keyword through the star).
        let range = handlers
            .first()
            .map(|handler| {
                let start = handler.start();
                let text = cx.text(handler.range());
                let star = text.find('*').unwrap_or(6);
                TextRange::at(start, TextSize::new(star as u32 + 1))
            })
            .unwrap_or_else(|| TextRange::at(stmt.start(), TextSize::new(3)));
        cx.report(range, "`except*` (exception groups) is not allowed")
            .help = Some("catch the exception with a plain `except` clause".to_string());
    }
}
