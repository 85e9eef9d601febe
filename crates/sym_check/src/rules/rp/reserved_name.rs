use sym_syntax::ast::{Expr, Stmt};

use super::{
    CheckedName, NameProblem, NameSite, expr_name_problem, for_each_refused_lambda_name,
    for_each_refused_stmt_name,
};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports the reserved names `print`, `printed`, `builtins` and
    /// `breakpoint` where RestrictedPython forbids them: `print` and
    /// `printed` when they are bound (assigned, deleted, used as a `def`,
    /// `class`, parameter, import or `except ... as` name), and `builtins`
    /// and `breakpoint` anywhere, even when only read or called.
    ///
    /// Reading `print` and `printed` is fine: `print(...)` calls go to
    /// Sym's print collector and `printed` reads what was printed.
    ///
    /// ## Why
    /// RestrictedPython rewrites `print` and `printed` to its own print
    /// collector; rebinding them would break that. `builtins` and
    /// `breakpoint` would reach the real interpreter. Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// def notify(print):
    ///     breakpoint()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def notify(message):
    ///     print(message)
    /// ```
    pub struct ReservedName {
        code: "RP103",
        name: "reserved-name",
        severity: Error,
        summary: "`print`, `printed`, `builtins` or `breakpoint` is bound or used",
    }
}

impl Rule for ReservedName {
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
    if checked.problem != NameProblem::Reserved {
        return;
    }
    let name = checked.name;
    let (message, help) = match (name, checked.site) {
        ("breakpoint", NameSite::Read) => (
            "`breakpoint` is reserved and cannot be used".to_string(),
            "there is no debugger in Sym's runtime; remove the call and use `print` to trace"
                .to_string(),
        ),
        ("builtins", NameSite::Read) => (
            "`builtins` is reserved and cannot be used".to_string(),
            "call builtin functions by their own name, e.g. `len(x)`".to_string(),
        ),
        (_, NameSite::Read | NameSite::Bound) => (
            format!("`{name}` is a reserved name and cannot be assigned or deleted"),
            format!("choose another name, e.g. `{name}_value`"),
        ),
        (_, NameSite::Import) => (
            format!("`{name}` is a reserved name and cannot be imported"),
            "remove this import".to_string(),
        ),
        (_, site) => (
            format!(
                "`{name}` is a reserved name and cannot be used as {}",
                site.with_article()
            ),
            format!("choose another name, e.g. `{name}_value`"),
        ),
    };
    cx.report(checked.range, message).help = Some(help);
}
