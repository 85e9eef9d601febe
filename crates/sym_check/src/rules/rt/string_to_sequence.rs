use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `list(...)` or `tuple(...)` called on a string literal or an
    /// f-string, and `list()` or `tuple()` called with no argument.
    ///
    /// ## Why
    /// Sym's `list` and `tuple` are RestrictedPython's limited versions:
    /// they refuse a string with `TypeError`, and they have no default
    /// argument, so an empty call raises `TypeError` too.
    ///
    /// ## Example
    /// ```python
    /// letters = list("abc")
    /// names = list()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// letters = [letter for letter in "abc"]
    /// names = []
    /// ```
    pub struct StringToSequence {
        code: "RT006",
        name: "limited-list-or-tuple",
        severity: Error,
        summary: "`list`/`tuple` of a string, or with no argument",
    }
}

impl Rule for StringToSequence {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::CALL
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Call(call) = expr else {
            return;
        };
        let Some(function @ ("list" | "tuple")) = super::called_builtin(call, cx) else {
            return;
        };
        let Some(args) = super::plain_positional_args(call) else {
            return;
        };
        let (message, help) = match args {
            [] => (
                format!(
                    "Sym's limited `{function}` needs an argument: `{function}()` raises TypeError"
                ),
                if function == "list" {
                    "write an empty literal: `[]`"
                } else {
                    "write an empty literal: `()`"
                },
            ),
            [Expr::StringLiteral(_) | Expr::FString(_)] => (
                format!("Sym's limited `{function}` refuses a string: this raises TypeError"),
                if function == "list" {
                    "use a comprehension: `[c for c in text]`"
                } else {
                    "use a comprehension: `tuple([c for c in text])`"
                },
            ),
            _ => return,
        };
        cx.report(call.range(), message).help = Some(help.to_string());
    }
}
