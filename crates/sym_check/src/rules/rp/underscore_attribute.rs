use sym_syntax::ast::Expr;

use super::without_underscores;
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports attribute names that start with an underscore (`obj._x`,
    /// `obj.__class__`), whether read, assigned or deleted. `obj._` is
    /// fine.
    ///
    /// ## Why
    /// Private and dunder attributes lead to an object's internals
    /// (`__class__`, `__globals__`, `__subclasses__`, ...), the classic way
    /// out of a Python sandbox. RestrictedPython refuses them, and Sym
    /// refuses the file.
    ///
    /// ## Example
    /// ```python
    /// def get_approvers(event):
    ///     return event.user._fields
    /// ```
    ///
    /// ## Instead
    /// Use the SDK's public attributes:
    /// ```python
    /// def get_approvers(event):
    ///     return event.user.email
    /// ```
    pub struct UnderscoreAttribute {
        code: "RP201",
        name: "underscore-attribute",
        severity: Error,
        summary: "An attribute name starts with `_`",
    }
}

impl Rule for UnderscoreAttribute {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::ATTRIBUTE
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Attribute(attribute) = expr else {
            return;
        };
        let name = attribute.attr.id.as_str();
        if !name.starts_with('_') || name == "_" {
            return;
        }
        let help = if name.starts_with("__") && name.ends_with("__") {
            "special attributes are not reachable in Sym; use the object's public API".to_string()
        } else {
            format!(
                "use a public attribute (without the leading underscore), e.g. `.{}`",
                without_underscores(name)
            )
        };
        cx.report(
            attribute.attr.range,
            format!("attribute `{name}` starts with `_`"),
        )
        .help = Some(help);
    }
}
