use sym_syntax::Ranged;
use sym_syntax::ast::Stmt;

use super::keyword_range;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `match` statements.
    ///
    /// ## Why
    /// RestrictedPython 9.0 does not know `match` (nor any of its
    /// patterns) and refuses every statement it does not know. Sym refuses
    /// the file.
    ///
    /// ## Example
    /// ```python
    /// match event.flow.name:
    ///     case "prod":
    ///         approvers = ["#ops"]
    ///     case _:
    ///         approvers = []
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// if event.flow.name == "prod":
    ///     approvers = ["#ops"]
    /// else:
    ///     approvers = []
    /// ```
    pub struct MatchStatement {
        code: "RP302",
        name: "match-statement",
        severity: Error,
        summary: "A `match` statement",
    }
}

impl Rule for MatchStatement {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        if let Stmt::Match(_) = stmt {
            cx.report(
                keyword_range(stmt.start(), 5),
                "`match` statements are not allowed",
            )
            .help = Some("use an `if`/`elif`/`else` chain".to_string());
        }
    }
}
