use sym_sdk::{Sdk, Type};
use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use super::{Literal, bind_call, literal};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::{Ty, is_sdk_path};

declare_rule! {
    /// ## What it does
    /// Reports a literal argument of the wrong type for an SDK parameter,
    /// such as `slack.channel("#ops", allow_self="maybe")` or
    /// `Notification(..., timeout="soon")`. The SDK's models convert the
    /// way pydantic 1 does, and those conversions are not reported:
    /// `"yes"`/`"false"`/`0`/`1` for a bool, `"300"` or `1.5` for an int.
    /// Values computed at run time are only reported when their kind
    /// certainly cannot fit (an SDK object where a list is wanted, a string
    /// where a `User` is); scalars are left to the SDK's own conversions
    /// and `None` to `SDK010`.
    ///
    /// ## Why
    /// The SDK either refuses the value when the handler runs or quietly
    /// turns it into something else than what was meant.
    ///
    /// ## Example
    /// ```python
    /// slack.channel("#ops", allow_self="maybe")
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

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::CALL
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
                // A computed value: only a certain mismatch of kind (an SDK
                // object where a list is wanted, a string where a User is).
                let ty = types.type_of(arg);
                if inferred_mismatch(sdk, &param.ty, ty) {
                    cx.report(
                        arg.range(),
                        format!(
                            "`{}` of `{}()` takes {}, not {}",
                            param.name,
                            bound.display(),
                            param.ty,
                            ty.without_none().describe()
                        ),
                    );
                }
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

/// Whether a computed value certainly cannot be what the parameter takes.
/// None is left to SDK010, and scalars to the SDK's own conversions.
fn inferred_mismatch(sdk: &Sdk, param: &Type, ty: &Ty) -> bool {
    if ty.has_unknown() {
        return false;
    }
    let members: Vec<&Ty> = ty.members().iter().filter(|m| **m != Ty::None).collect();
    !members.is_empty() && members.iter().all(|m| kind_mismatch(sdk, param, m))
}

fn kind_mismatch(sdk: &Sdk, param: &Type, ty: &Ty) -> bool {
    match param {
        Type::Any | Type::Callable | Type::None => false,
        Type::Optional(inner) => kind_mismatch(sdk, inner, ty),
        Type::Union(options) => options.iter().all(|o| kind_mismatch(sdk, o, ty)),
        Type::List(_) | Type::Iterable(_) | Type::Set(_) | Type::Tuple(_) => {
            matches!(ty, Ty::Instance(path) if is_sdk_path(path) && !is_str_enum(sdk, path))
                || matches!(ty, Ty::Bool | Ty::Int | Ty::Float)
        }
        Type::Class(path) => match sdk.class(path) {
            Some(class) if is_sdk_path(&class.path) && !class.is_enum => match ty {
                Ty::Instance(actual) => is_sdk_path(actual) && !sdk.is_subclass(actual, path),
                Ty::Str
                | Ty::Int
                | Ty::Float
                | Ty::Bool
                | Ty::List(_)
                | Ty::Dict(..)
                | Ty::PromptFields => true,
                _ => false,
            },
            _ => false,
        },
        Type::Str
        | Type::Int
        | Type::Float
        | Type::Bool
        | Type::Bytes
        | Type::Literal(_)
        | Type::Dict(..) => {
            matches!(ty, Ty::Instance(path) if is_sdk_path(path) && !is_str_enum(sdk, path))
                || (matches!(param, Type::Dict(..)) && matches!(ty, Ty::List(_)))
        }
    }
}

fn is_str_enum(sdk: &Sdk, path: &str) -> bool {
    sdk.class(path).is_some_and(|c| c.is_enum)
}

/// Whether a parameter of this type accepts the literal.
fn accepts(sdk: &Sdk, ty: &Type, value: &Literal<'_>) -> bool {
    match ty {
        Type::Any | Type::Callable => true,
        Type::None => *value == Literal::None,
        // pydantic 1 (the SDK's) converts these; the value decides whether
        // an int is 0 or 1, so any int or float literal is let through.
        Type::Bool => match value {
            Literal::Bool | Literal::Int | Literal::Float => true,
            Literal::Str(text) => is_pydantic_bool_word(text),
            _ => false,
        },
        Type::Int | Type::Float => match value {
            Literal::Int | Literal::Float | Literal::Bool => true,
            Literal::Str(text) => text.trim().parse::<f64>().is_ok(),
            _ => false,
        },
        Type::Str => matches!(value, Literal::Str(_)),
        Type::Bytes => matches!(value, Literal::Bytes),
        Type::Literal(options) => match value {
            Literal::Str(text) => options
                .iter()
                .any(|o| o.trim_matches(|c| c == '\'' || c == '"') == *text),
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

/// The strings pydantic 1 reads as a bool (compared lower-cased).
fn is_pydantic_bool_word(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "0", "off", "f", "false", "n", "no", "1", "on", "t", "true", "y", "yes",
    ];
    WORDS.contains(&text.to_lowercase().as_str())
}

fn elements_accepted(sdk: &Sdk, inner: &Type, elts: &[Expr]) -> bool {
    elts.iter().all(|elt| match literal(elt) {
        Some(value) => accepts(sdk, inner, &value),
        None => true,
    })
}
