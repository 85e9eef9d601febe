use sym_syntax::Ranged;
use sym_syntax::ast::Stmt;

use super::keyword_range;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `nonlocal` statements. (`global` is allowed.)
    ///
    /// ## Why
    /// RestrictedPython refuses `nonlocal`, so Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// def count_approvers(groups):
    ///     total = 0
    ///     def add(group):
    ///         nonlocal total
    ///         total += len(group)
    ///     for group in groups:
    ///         add(group)
    ///     return total
    /// ```
    ///
    /// ## Instead
    /// Return values from the inner function, or keep state in a
    /// mutable container:
    /// ```python
    /// def count_approvers(groups):
    ///     total = 0
    ///     for group in groups:
    ///         total += len(group)
    ///     return total
    /// ```
    pub struct NonlocalStatement {
        code: "RP304",
        name: "nonlocal-statement",
        severity: Error,
        summary: "A `nonlocal` statement",
    }
}

impl Rule for NonlocalStatement {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        if let Stmt::Nonlocal(_) = stmt {
            cx.report(
                keyword_range(stmt.start(), 8),
                "`nonlocal` statements are not allowed",
            )
            .help = Some(
                "return the new value from the inner function, or store it in a dict or list"
                    .to_string(),
            );
        }
    }
}
