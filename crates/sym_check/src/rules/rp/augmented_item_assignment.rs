use sym_syntax::Ranged;
use sym_syntax::ast::{Expr, Stmt};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports augmented assignments (`+=`, `-=`, ...) to an attribute
    /// (`obj.count += 1`) or to an item or slice (`totals[key] += 1`).
    /// Augmented assignment to a plain variable (`count += 1`) is fine.
    ///
    /// ## Why
    /// RestrictedPython cannot guard an in-place update of another object
    /// and refuses it, so Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// counts[group] += 1
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// counts[group] = counts[group] + 1
    /// ```
    pub struct AugmentedItemAssignment {
        code: "RP306",
        name: "augmented-item-assignment",
        severity: Error,
        summary: "`+=` and friends on an attribute, item or slice",
    }
}

impl Rule for AugmentedItemAssignment {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::AugAssign(assign) = stmt else {
            return;
        };
        let what = match assign.target.as_ref() {
            Expr::Attribute(_) => "an attribute",
            Expr::Subscript(_) => "an item or slice",
            _ => return,
        };
        let target = cx.text(assign.target.range());
        let operator = assign.op.as_str();
        let help = format!("write it out: `{target} = {target} {operator} ...`");
        cx.report(
            assign.target.range(),
            format!("augmented assignment to {what} is not allowed"),
        )
        .help = Some(help);
    }
}
