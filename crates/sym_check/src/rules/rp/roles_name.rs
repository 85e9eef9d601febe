use sym_syntax::ast::{Expr, Stmt};

use super::{
    CheckedName, NameProblem, expr_name_problem, for_each_refused_lambda_name,
    for_each_refused_stmt_name,
};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports names that end with `__roles__`, wherever RestrictedPython
    /// checks names: variables, `def` and `class` names, parameters,
    /// imported names and aliases, and `except ... as` variables.
    ///
    /// ## Why
    /// Names ending in `__roles__` carry security declarations in the
    /// Zope world RestrictedPython comes from; defining one could change
    /// who may access what, so Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// approver__roles__ = ["admin"]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// approver_roles = ["admin"]
    /// ```
    pub struct RolesName {
        code: "RP102",
        name: "roles-name",
        severity: Error,
        summary: "A name ends with `__roles__`",
    }
}

impl Rule for RolesName {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::NAME.or(ExprKinds::LAMBDA)
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        for_each_refused_stmt_name(stmt, cx.parsed.source(), |checked| report(cx, &checked));
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        match expr {
            Expr::Name(_) => {
                if let Some(checked) = expr_name_problem(expr) {
                    report(cx, &checked);
                }
            }
            Expr::Lambda(_) => for_each_refused_lambda_name(expr, |checked| report(cx, &checked)),
            _ => {}
        }
    }
}

fn report(cx: &mut Context<'_>, checked: &CheckedName<'_>) {
    if checked.problem != NameProblem::Roles {
        return;
    }
    let name = checked.name;
    let suggestion = name.strip_suffix("__roles__").unwrap_or(name);
    let suggestion = if suggestion.is_empty() {
        "roles"
    } else {
        suggestion
    };
    cx.report(
        checked.range,
        format!("{} `{name}` ends with `__roles__`", checked.site.describe()),
    )
    .help = Some(format!(
        "names ending in `__roles__` are reserved for security declarations; rename it, e.g. `{suggestion}_roles`"
    ));
}
