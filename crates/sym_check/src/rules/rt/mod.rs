//! `RT`: code RestrictedPython accepts but that fails when Sym runs it.
//!
//! Sym's runtime globals are RestrictedPython's `safe_builtins` and
//! `limited_builtins` plus `print` (see [`crate::Profile`]), with its
//! guards: `full_write_guard` for writes and `safer_getattr` for attribute
//! reads. These rules find what that runtime surely refuses.

mod attribute_write;
mod missing_builtin;
mod range_too_large;
mod str_format;
mod string_to_sequence;
mod undefined_name;

#[cfg(test)]
mod tests;

pub use attribute_write::AttributeWrite;
pub use missing_builtin::MissingBuiltin;
pub use range_too_large::RangeTooLarge;
pub use str_format::StrFormat;
pub use string_to_sequence::StringToSequence;
pub use undefined_name::UndefinedName;

use sym_syntax::ast::{Expr, ExprCall};

use crate::rule::{Context, Rule};
use crate::semantic::Resolution;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &MissingBuiltin,
    &UndefinedName,
    &AttributeWrite,
    &StrFormat,
    &RangeTooLarge,
    &StringToSequence,
];

/// Names RestrictedPython itself refuses (they start with `_`): the `RP`
/// rules report those, so `RT` stays quiet about them.
fn refused_by_restricted_python(name: &str) -> bool {
    (name.starts_with('_') && name != "_")
        || name.ends_with("__roles__")
        || matches!(name, "builtins" | "breakpoint")
}

/// The builtin a call's callee names, when the name really is the
/// runtime's builtin (not shadowed by a user binding).
fn called_builtin<'e>(call: &'e ExprCall, cx: &Context<'_>) -> Option<&'e str> {
    let Expr::Name(name) = call.func.as_ref() else {
        return None;
    };
    match cx.semantic().resolve(name) {
        Some(Resolution::Builtin) => Some(name.id.as_str()),
        _ => None,
    }
}

/// Positional arguments only, none starred, and no keywords.
fn plain_positional_args(call: &ExprCall) -> Option<&[Expr]> {
    let arguments = &call.arguments;
    if !arguments.keywords.is_empty() || arguments.args.iter().any(Expr::is_starred_expr) {
        return None;
    }
    Some(&arguments.args)
}
