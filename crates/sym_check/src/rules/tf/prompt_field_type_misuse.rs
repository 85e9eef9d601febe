use sym_syntax::Ranged;
use sym_syntax::ast::{self, Expr};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::{Ty, last};

declare_rule! {
    /// ## What it does
    /// Reports a prompt field used as a type it is not, by the `type` its
    /// flows give it in Terraform: an attribute its value does not have
    /// (`fields["hours"].lower()` on an `int` field, `fields["tags"].split(",")`
    /// on a `str_list` field), or `+` between it and a literal of another kind
    /// (`"Hours: " + fields["hours"]`). Only direct reads,
    /// `event.payload.fields["f"]` and `.get("f")` (also through a local
    /// alias of `event.payload.fields`), of fields every flow running the file
    /// types alike, and of files that never change the field.
    ///
    /// ## Why
    /// Sym hands the handler the field's value already converted: an `int`
    /// field is an int, `bool` a bool, `str_list` a list of str. Treating it
    /// as a string fails with `AttributeError` or `TypeError` on every request.
    ///
    /// ## Example
    /// ```python
    /// hours = event.payload.fields["hours"].strip()
    /// ```
    /// with `type = "int"`.
    ///
    /// ## Instead
    /// ```python
    /// hours = event.payload.fields["hours"]
    /// ```
    pub struct PromptFieldTypeMisuse {
        code: "TF107",
        name: "prompt-field-type-misuse",
        severity: Error,
        summary: "A prompt field is used as a type its flows do not give it",
    }
}

impl Rule for PromptFieldTypeMisuse {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::ATTRIBUTE.or(ExprKinds::BIN_OP)
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        match expr {
            Expr::Attribute(attribute) if attribute.ctx.is_load() => {
                check_attribute(attribute, cx);
            }
            Expr::BinOp(binop) if binop.op == ast::Operator::Add => {
                check_addition(binop, cx);
            }
            _ => {}
        }
    }
}

/// Public attributes of the builtin types a field can be (CPython 3.11).
const STR_ATTRIBUTES: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];
const INT_ATTRIBUTES: &[&str] = &[
    "as_integer_ratio",
    "bit_count",
    "bit_length",
    "conjugate",
    "denominator",
    "from_bytes",
    "imag",
    "numerator",
    "real",
    "to_bytes",
];
const LIST_ATTRIBUTES: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
    "sort",
];

/// The attributes of a builtin type, `None` for other types.
fn attributes(ty: &Ty) -> Option<&'static [&'static str]> {
    match ty {
        Ty::Str => Some(STR_ATTRIBUTES),
        Ty::Int | Ty::Bool => Some(INT_ATTRIBUTES),
        Ty::List(_) => Some(LIST_ATTRIBUTES),
        _ => None,
    }
}

/// The type as Python spells it (`int`, `list[User]`, `int | bool`).
fn python(ty: &Ty) -> String {
    match ty {
        Ty::Str => "str".into(),
        Ty::Int => "int".into(),
        Ty::Bool => "bool".into(),
        Ty::None => "None".into(),
        Ty::List(inner) => format!("list[{}]", python(inner)),
        Ty::Instance(path) => last(path).to_string(),
        Ty::Union(members) => members.iter().map(python).collect::<Vec<_>>().join(" | "),
        _ => "object".into(),
    }
}

/// The value of a prompt-field read, when every possible type of it is
/// known and builtin (None aside: `SDK010` covers it).
fn field_value(value: &Expr, types: &crate::types::FileTypes) -> Option<(String, Ty)> {
    let (name, _) = types.field_read(value)?;
    let ty = types.type_of(value).without_none();
    if ty.has_unknown() || ty.members().iter().any(|m| attributes(m).is_none()) {
        return None;
    }
    Some((name.to_string(), ty))
}

fn check_attribute(attribute: &ast::ExprAttribute, cx: &mut Context<'_>) {
    let name = attribute.attr.as_str();
    if name.starts_with('_') {
        return;
    }
    let types = cx.types();
    let Some((field, ty)) = field_value(&attribute.value, &types) else {
        return;
    };
    let lacks = |member: &Ty| attributes(member).is_some_and(|names| !names.contains(&name));
    if !ty.members().iter().all(lacks) {
        return;
    }
    let help = if ty.members().iter().all(|m| matches!(m, Ty::List(_))) {
        let element_has = ty.members().iter().any(|m| match m {
            Ty::List(inner) => {
                attributes(inner).is_some_and(|names| names.contains(&name))
                    || matches!(&**inner, Ty::Instance(path)
                        if sym_sdk::sdk().class_member(path, name).is_some())
            }
            _ => false,
        });
        Some(if element_has {
            format!("the field holds a list: use `.{name}` on its items, e.g. in a loop")
        } else {
            format!("the field holds a list, and lists have no `.{name}`")
        })
    } else if STR_ATTRIBUTES.contains(&name) {
        Some(format!(
            "`{name}` is a str method; convert the value with `str(...)` first, or use it as a number"
        ))
    } else {
        let candidates: Vec<&str> = ty
            .members()
            .iter()
            .filter_map(attributes)
            .flatten()
            .copied()
            .collect();
        sym_sdk::did_you_mean(name, candidates).map(|s| format!("did you mean `{s}`?"))
    };
    let message = format!(
        "prompt field `{field}` is `{}`, which has no attribute `{name}`",
        python(&ty)
    );
    let diagnostic = cx.report(attribute.attr.range(), message);
    diagnostic.help = help;
}

/// What `+` accepts on each side: numbers with numbers, str with str,
/// lists with lists.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AddKind {
    Number,
    Str,
    List,
}

fn add_kind(ty: &Ty) -> Option<AddKind> {
    match ty {
        Ty::Int | Ty::Bool => Some(AddKind::Number),
        Ty::Str => Some(AddKind::Str),
        Ty::List(_) => Some(AddKind::List),
        _ => None,
    }
}

/// The kind of a literal operand (only literals: their type is certain).
fn literal_kind(expr: &Expr) -> Option<AddKind> {
    match expr {
        Expr::StringLiteral(_) | Expr::FString(_) => Some(AddKind::Str),
        Expr::NumberLiteral(number) => match number.value {
            ast::Number::Int(_) | ast::Number::Float(_) => Some(AddKind::Number),
            ast::Number::Complex { .. } => None,
        },
        Expr::BooleanLiteral(_) => Some(AddKind::Number),
        Expr::List(_) | Expr::ListComp(_) => Some(AddKind::List),
        _ => None,
    }
}

fn check_addition(binop: &ast::ExprBinOp, cx: &mut Context<'_>) {
    let types = cx.types();
    for (field_side, literal_side) in [(&*binop.left, &*binop.right), (&*binop.right, &*binop.left)]
    {
        let Some(literal) = literal_kind(literal_side) else {
            continue;
        };
        let Some((field, ty)) = field_value(field_side, &types) else {
            continue;
        };
        if !ty
            .members()
            .iter()
            .all(|m| add_kind(m).is_some_and(|kind| kind != literal))
        {
            continue;
        }
        let what = match literal {
            AddKind::Str => "a str",
            AddKind::Number => "a number",
            AddKind::List => "a list",
        };
        let help = match (literal, add_kind(&ty)) {
            (AddKind::Str, Some(AddKind::Number)) => {
                Some("convert it first: `str(...)`, or use an f-string".to_string())
            }
            (AddKind::Str, Some(AddKind::List)) => {
                Some("join its items first, e.g. `\", \".join(...)`".to_string())
            }
            _ => None,
        };
        let diagnostic = cx.report(
            binop.range(),
            format!(
                "prompt field `{field}` is `{}`; adding it to {what} raises TypeError",
                python(&ty)
            ),
        );
        diagnostic.help = help;
        return;
    }
}
