use sym_sdk::{Sdk, Type};
use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use super::{Literal, bind_call, literal};
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a literal argument of the wrong type for an SDK parameter,
    /// such as `slack.channel("#ops", allow_self="yes")` or
    /// `Notification(..., timeout="5")`. Only literals are checked: values
    /// computed at run time are never reported.
    ///
    /// ## Why
    /// The SDK either refuses the value when the handler runs or quietly
    /// turns it into something else than what was meant.
    ///
    /// ## Example
    /// ```python
    /// slack.channel("#ops", allow_self="yes")
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// slack.channel("#ops", allow_self=True)
    /// ```
    pub struct ArgumentType {
        code: "SDK006",
        name: "sdk-argument-type",
        severity: Error,
        summary: "A literal argument of the wrong type for an SDK parameter",
    }
}

impl Rule for ArgumentType {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Call(call) = expr else {
            return;
        };
        let sdk = sym_sdk::sdk();
        let types = cx.types();
        let Some(bound) = bind_call(sdk, &types, call) else {
            return;
        };
        for (param, arg) in bound.bound() {
            let Some(value) = literal(arg) else {
                continue;
            };
            if accepts(sdk, &param.ty, &value) {
                continue;
            }
            let shown = cx.text(arg.range());
            let shown = if shown.len() > 40 || shown.contains('\n') {
                value.describe().to_string()
            } else {
                format!("{} `{shown}`", value.describe())
            };
            cx.report(
                arg.range(),
                format!(
                    "`{}` of `{}()` takes {}, not {shown}",
                    param.name,
                    bound.display(),
                    param.ty
                ),
            );
        }
    }
}

/// Whether a parameter of this type accepts the literal.
fn accepts(sdk: &Sdk, ty: &Type, value: &Literal<'_>) -> bool {
    match ty {
        Type::Any | Type::Callable => true,
        Type::None => *value == Literal::None,
        Type::Bool => *value == Literal::Bool,
        Type::Int => matches!(value, Literal::Int | Literal::Bool),
        Type::Float => matches!(value, Literal::Int | Literal::Float | Literal::Bool),
        Type::Str => matches!(value, Literal::Str(_)),
        Type::Bytes => matches!(value, Literal::Bytes),
        Type::Literal(options) => match value {
            Literal::Str(text) => options
                .iter()
                .any(|o| o.trim_matches(|c| c == '\'' || c == '"') == text),
            _ => false,
        },
        Type::Optional(inner) => *value == Literal::None || accepts(sdk, inner, value),
        Type::Union(options) => options.iter().any(|o| accepts(sdk, o, value)),
        Type::List(inner) | Type::Iterable(inner) | Type::Set(inner) => match value {
            Literal::List(elts) | Literal::Tuple(elts) => elements_accepted(sdk, inner, elts),
            Literal::Set => true,
            Literal::Str(_) => matches!(ty, Type::Iterable(_)),
            _ => false,
        },
        Type::Tuple(_) => matches!(value, Literal::Tuple(_) | Literal::List(_)),
        Type::Dict(..) => *value == Literal::Dict,
        Type::Class(path) => match sdk.class(path) {
            // A str enum takes its values as strings too.
            Some(class) if class.is_enum => matches!(value, Literal::Str(_)),
            Some(class) if class.bases.iter().any(|b| b == "builtins.str") => {
                matches!(value, Literal::Str(_))
            }
            Some(_) => false,
            // Classes outside the descriptor (e.g. UUID): cannot tell.
            None => true,
        },
    }
}

fn elements_accepted(sdk: &Sdk, inner: &Type, elts: &[Expr]) -> bool {
    elts.iter().all(|elt| match literal(elt) {
        Some(value) => accepts(sdk, inner, &value),
        None => true,
    })
}
