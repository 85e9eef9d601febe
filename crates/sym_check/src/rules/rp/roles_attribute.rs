use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports attribute names that end with `__roles__` (`obj.view__roles__`),
    /// whether read, assigned or deleted. (Names that also start with `_`
    /// are reported by `RP201` only.)
    ///
    /// ## Why
    /// Attributes ending in `__roles__` hold security declarations in the
    /// Zope world RestrictedPython comes from; touching them could change
    /// permissions, so Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// settings.view__roles__ = ("Anonymous",)
    /// ```
    ///
    /// ## Instead
    /// Keep such data in your own names:
    /// ```python
    /// settings.view_roles = ("Anonymous",)
    /// ```
    pub struct RolesAttribute {
        code: "RP202",
        name: "roles-attribute",
        severity: Error,
        summary: "An attribute name ends with `__roles__`",
    }
}

impl Rule for RolesAttribute {
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
        if !name.ends_with("__roles__") || name.starts_with('_') {
            return;
        }
        cx.report(
            attribute.attr.range,
            format!("attribute `{name}` ends with `__roles__`"),
        )
        .help = Some(
            "names ending in `__roles__` are reserved for security declarations; use another name"
                .to_string(),
        );
    }
}
