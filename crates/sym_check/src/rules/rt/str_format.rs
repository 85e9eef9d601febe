use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::semantic::{AssignedValue, Resolution};

declare_rule! {
    /// ## What it does
    /// Warns about calling `.format(...)` or `.format_map(...)` on a string:
    /// a string literal, an f-string, `str` itself, or a name only ever
    /// assigned a string literal.
    ///
    /// ## Why
    /// Sym reads attributes through RestrictedPython's `safer_getattr`,
    /// which refuses the `format` and `format_map` methods of strings
    /// (format strings can reach into objects' internals) and raises
    /// `NotImplementedError`. This is a warning because a runtime may
    /// install a laxer attribute guard.
    ///
    /// ## Example
    /// ```python
    /// message = "{} asked for {}".format(user.email, target.name)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// message = f"{user.email} asked for {target.name}"
    /// ```
    pub struct StrFormat {
        code: "RT004",
        name: "str-format",
        severity: Warning,
        summary: "`str.format` refused by `safer_getattr`",
    }
}

impl Rule for StrFormat {
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
        let Expr::Attribute(attribute) = call.func.as_ref() else {
            return;
        };
        let method = attribute.attr.id.as_str();
        if !matches!(method, "format" | "format_map") || !is_string(&attribute.value, cx) {
            return;
        }
        let message =
            format!("`str.{method}` is refused by `safer_getattr`: Sym raises NotImplementedError");
        cx.report(attribute.attr.range, message).help =
            Some("use an f-string: `f\"{user.email} asked\"`, or `%` formatting".to_string());
    }
}

fn is_string(value: &Expr, cx: &Context<'_>) -> bool {
    match value {
        Expr::StringLiteral(_) | Expr::FString(_) => true,
        Expr::Name(name) => {
            let semantic = cx.semantic();
            match semantic.resolve(name) {
                Some(Resolution::Builtin) => name.id.as_str() == "str",
                Some(Resolution::Symbol(symbol)) => {
                    let mut defining = semantic
                        .symbol(symbol)
                        .bindings
                        .iter()
                        .map(|binding| semantic.binding(*binding))
                        .filter(|binding| binding.kind.defines())
                        .peekable();
                    defining.peek().is_some()
                        && defining.all(|binding| binding.value == AssignedValue::Str)
                }
                _ => false,
            }
        }
        _ => false,
    }
}
