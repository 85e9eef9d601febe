use sym_syntax::ast::{Expr, Stmt};

use super::{
    ALLOWED_DUNDER_METHODS, CheckedName, NameProblem, NameSite, expr_name_problem,
    for_each_refused_lambda_name, for_each_refused_stmt_name, without_underscores,
};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports every name that starts with an underscore where
    /// RestrictedPython looks at names: variables (read, assigned or
    /// deleted), `def` and `class` names, parameters (of functions and
    /// lambdas), imported names and their `as` aliases, and `except ... as`
    /// variables. A lone `_` is fine.
    ///
    /// A nested `def` may be named `__init__`, `__contains__`, `__eq__`,
    /// `__ne__`, `__lt__`, `__le__`, `__gt__` or `__ge__` (so classes can
    /// define them); any other dunder method, or one of these at module
    /// level, is refused.
    ///
    /// Keyword argument names (`f(_x=1)`), `global` names and the module
    /// part of `from _m import x` are not checked by RestrictedPython and
    /// are not reported here.
    ///
    /// ## Why
    /// RestrictedPython implements its guards with underscore names
    /// (`_getattr_`, `_write_`, `_print_`, ...). A file that could read or
    /// rebind them could escape the sandbox, so Sym refuses any file with
    /// such a name.
    ///
    /// ## Example
    /// ```python
    /// _cache = {}
    ///
    /// def get_approvers(event):
    ///     return _cache.get(event.flow.name)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// cache = {}
    ///
    /// def get_approvers(event):
    ///     return cache.get(event.flow.name)
    /// ```
    pub struct UnderscoreName {
        code: "RP101",
        name: "underscore-name",
        severity: Error,
        summary: "A name starts with `_`",
    }
}

impl Rule for UnderscoreName {
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
    if checked.problem != NameProblem::Underscore {
        return;
    }
    let name = checked.name;
    let plain = without_underscores(name);
    if checked.site == NameSite::Function && ALLOWED_DUNDER_METHODS.contains(&name) {
        cx.report(
            checked.range,
            format!("special method `{name}` is defined at module level"),
        )
        .help = Some(format!(
            "`{name}` is only allowed as a method inside a class; move it into the class body"
        ));
        return;
    }
    let (message, help) = match checked.site {
        NameSite::Import => (
            format!("imported name `{name}` starts with `_`"),
            "names starting with `_` cannot be imported; use the module's public names".to_string(),
        ),
        NameSite::ImportAlias => (
            format!("import alias `{name}` starts with `_`"),
            format!("choose an alias without a leading underscore, e.g. `as {plain}`"),
        ),
        NameSite::Function if name.starts_with("__") && name.ends_with("__") => (
            format!("special method `{name}` is not allowed"),
            "only `__init__`, `__contains__`, `__eq__`, `__ne__`, `__lt__`, `__le__`, `__gt__` \
             and `__ge__` may be defined; use an ordinary method name instead"
                .to_string(),
        ),
        NameSite::Read if name.starts_with("__") && name.ends_with("__") => (
            format!("name `{name}` starts with `_`"),
            format!("special names such as `{name}` are not available in Sym"),
        ),
        site => (
            format!("{} `{name}` starts with `_`", site.describe()),
            format!("rename it without the leading underscore, e.g. `{plain}`"),
        ),
    };
    cx.report(checked.range, message).help = Some(help);
}
