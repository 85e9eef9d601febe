use sym_syntax::Ranged;
use sym_syntax::ast::{Expr, ExprAttribute, Stmt};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::semantic::{AssignedValue, Resolution};

declare_rule! {
    /// ## What it does
    /// Warns about writing an attribute of an object: `self.count = 1`,
    /// `obj.name = value`, `del obj.name`, an attribute as a `for` or `with`
    /// target, and `setattr(...)`/`delattr(...)`.
    ///
    /// ## Why
    /// RestrictedPython sends every attribute write through the runtime's
    /// write guard. Sym installs `full_write_guard`, which lets only dicts
    /// and lists through, and raises `TypeError` ("attribute-less object")
    /// for anything else, instances of your own classes included. A dict
    /// or list passes the guard but has no attribute to set, so the write
    /// fails with `AttributeError` there too. Only objects that declare
    /// their own guarded writes (`requests.Session`) accept it. This is a
    /// warning because a runtime may install a laxer guard.
    ///
    /// ## Example
    /// ```python
    /// class Counter:
    ///     def __init__(self):
    ///         self.count = 0
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def new_counter():
    ///     return {"count": 0}
    ///
    /// counter = new_counter()
    /// counter["count"] = counter["count"] + 1
    /// ```
    pub struct AttributeWrite {
        code: "RT003",
        name: "attribute-write",
        severity: Warning,
        summary: "An attribute write that `full_write_guard` refuses",
    }
}

const HELP: &str = "keep changing state in a dict (`state[\"count\"] = 1`), or return new values instead of storing them on objects";

impl Rule for AttributeWrite {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::CALL
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let mut attributes = Vec::new();
        let deleting = matches!(stmt, Stmt::Delete(_));
        match stmt {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    collect_attributes(target, &mut attributes);
                }
            }
            Stmt::AnnAssign(assign) if assign.value.is_some() => {
                collect_attributes(&assign.target, &mut attributes);
            }
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    collect_attributes(target, &mut attributes);
                }
            }
            Stmt::For(for_stmt) => collect_attributes(&for_stmt.target, &mut attributes),
            Stmt::With(with) => {
                for item in &with.items {
                    if let Some(vars) = &item.optional_vars {
                        collect_attributes(vars, &mut attributes);
                    }
                }
            }
            // `obj.x += 1` is refused by RestrictedPython itself (RP rules).
            _ => {}
        }
        for attribute in attributes {
            if accepts_writes(&attribute.value, cx) {
                continue;
            }
            let target = cx.text(attribute.range);
            let message = if deleting {
                format!(
                    "`del {target}` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list)"
                )
            } else {
                format!(
                    "assigning `{target}` is refused by `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list)"
                )
            };
            cx.report(attribute.range, message).help = Some(HELP.to_string());
        }
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Call(call) = expr else {
            return;
        };
        let Some(function @ ("setattr" | "delattr")) = super::called_builtin(call, cx) else {
            return;
        };
        if let Some(object) = call.arguments.args.first()
            && (object.is_starred_expr() || accepts_writes(object, cx))
        {
            return;
        }
        let message = format!(
            "`{function}` goes through `full_write_guard`: Sym raises TypeError (AttributeError for a dict or list)"
        );
        cx.report(call.range(), message).help = Some(HELP.to_string());
    }
}

/// Attribute targets, also inside tuple, list and starred targets.
fn collect_attributes<'e>(target: &'e Expr, into: &mut Vec<&'e ExprAttribute>) {
    match target {
        Expr::Attribute(attribute) => into.push(attribute),
        Expr::Tuple(tuple) => {
            for element in &tuple.elts {
                collect_attributes(element, into);
            }
        }
        Expr::List(list) => {
            for element in &list.elts {
                collect_attributes(element, into);
            }
        }
        Expr::Starred(starred) => collect_attributes(&starred.value, into),
        _ => {}
    }
}

/// Objects whose class guards its own writes: `requests.Session()` and
/// names only ever bound to one.
fn accepts_writes(object: &Expr, cx: &Context<'_>) -> bool {
    let makes_session = |callee: &str| callee == "Session" || callee.ends_with(".Session");
    match object {
        Expr::Call(call) => makes_session(cx.text(call.func.range())),
        Expr::Name(name) => {
            let semantic = cx.semantic();
            let Some(Resolution::Symbol(symbol)) = semantic.resolve(name) else {
                return false;
            };
            let mut defining = semantic
                .symbol(symbol)
                .bindings
                .iter()
                .map(|binding| semantic.binding(*binding))
                .filter(|binding| binding.kind.defines())
                .peekable();
            defining.peek().is_some()
                && defining.all(|binding| match binding.value {
                    AssignedValue::Call(callee) => makes_session(cx.text(callee)),
                    _ => false,
                })
        }
        _ => false,
    }
}
