//! `SDK`: uses of the `sym.sdk` API checked against its descriptor.
//!
//! Import resolution (`SDK001`, `SDK002`) reads the descriptor directly;
//! the other rules read the types [`crate::types`] inferred, and stay
//! silent wherever a type is unknown.

mod argument_type;
mod call_arguments;
mod model_validation;
mod possibly_none;
mod unknown_attribute;
mod unknown_enum_member;
mod unknown_keyword;
mod unknown_module;
mod unknown_name;
mod unknown_step;

pub use argument_type::ArgumentType;
pub use call_arguments::CallArguments;
pub use model_validation::ModelValidation;
pub use possibly_none::PossiblyNone;
pub use unknown_attribute::UnknownSdkAttribute;
pub use unknown_enum_member::UnknownEnumMember;
pub use unknown_keyword::UnknownKeyword;
pub use unknown_module::UnknownSdkModule;
pub use unknown_name::UnknownSdkName;
pub use unknown_step::UnknownTemplateStep;

use sym_sdk::{ParamKind, Parameter, Sdk};
use sym_syntax::ast::{self, Expr};
use sym_syntax::{Ranged, TextRange};

use crate::rule::Rule;
use crate::types::{FileTypes, Ty};

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &UnknownSdkModule,
    &UnknownSdkName,
    &UnknownSdkAttribute,
    &CallArguments,
    &UnknownKeyword,
    &ArgumentType,
    &UnknownEnumMember,
    &UnknownTemplateStep,
    &ModelValidation,
    &PossiblyNone,
];

/// Whether an import path lies under `sym.sdk` (paths outside it are the
/// import allowlist's business, `IMP`).
fn is_sym_path(path: &str) -> bool {
    path == "sym.sdk" || path.starts_with("sym.sdk.")
}

/// What is wrong with how a call passes its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CallProblem {
    /// More positional arguments than positional parameters. `keyword_only`
    /// names the keyword-only parameter the first extra one would be.
    TooManyPositional {
        range: TextRange,
        given: usize,
        max: usize,
        keyword_only: Option<String>,
    },
    UnknownKeyword {
        range: TextRange,
        name: String,
        suggestion: Option<String>,
    },
    PositionalOnlyAsKeyword {
        range: TextRange,
        name: String,
    },
    Repeated {
        range: TextRange,
        name: String,
    },
    Missing {
        names: Vec<String>,
    },
}

/// Where an argument sits in a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArgRef {
    Positional(usize),
    Keyword(usize),
}

/// A call matched against its descriptor function, computed once per call
/// and shared by the rules that look at calls.
#[derive(Debug)]
pub(crate) struct Binding {
    /// Display name, e.g. `slack.channel`.
    pub display: crate::types::CalleeName,
    /// Each argument with the parameter it binds to.
    pub bound: Vec<(&'static Parameter, ArgRef)>,
    pub problems: Vec<CallProblem>,
}

/// A [`Binding`] with the call it describes.
pub(crate) struct BoundCall<'e> {
    binding: std::rc::Rc<Binding>,
    call: &'e ast::ExprCall,
}

impl<'e> BoundCall<'e> {
    pub fn display(&self) -> crate::types::CalleeName {
        self.binding.display
    }

    pub fn problems(&self) -> &[CallProblem] {
        &self.binding.problems
    }

    fn expr(&self, arg: ArgRef) -> Option<&'e Expr> {
        match arg {
            ArgRef::Positional(index) => self.call.arguments.args.get(index),
            ArgRef::Keyword(index) => self.call.arguments.keywords.get(index).map(|k| &k.value),
        }
    }

    /// Each argument with its parameter.
    pub fn bound(&self) -> impl Iterator<Item = (&'static Parameter, &'e Expr)> + '_ {
        self.binding
            .bound
            .iter()
            .filter_map(|(param, arg)| self.expr(*arg).map(|expr| (*param, expr)))
    }

    /// The argument passed for a parameter, if any.
    pub fn argument(&self, name: &str) -> Option<&'e Expr> {
        self.binding
            .bound
            .iter()
            .find(|(param, _)| param.name == name)
            .and_then(|(_, arg)| self.expr(*arg))
    }
}

/// Matches a call against its descriptor function, when the callee is
/// known and the call has no `*args`/`**kwargs` unpacking.
pub(crate) fn bind_call<'e>(
    sdk: &'static Sdk,
    types: &FileTypes,
    call: &'e ast::ExprCall,
) -> Option<BoundCall<'e>> {
    let binding = types.cached_binding(call.range(), || compute_binding(sdk, types, call))?;
    Some(BoundCall { binding, call })
}

fn compute_binding(sdk: &'static Sdk, types: &FileTypes, call: &ast::ExprCall) -> Option<Binding> {
    let callee_ty = types.type_of(&call.func);
    let (function, display) = crate::types::callee(sdk, callee_ty)?;
    // A plain method read from the class takes `self` explicitly: skip.
    if let (Ty::Method(_), Expr::Attribute(attribute)) = (callee_ty, call.func.as_ref())
        && matches!(types.type_of(&attribute.value), Ty::ClassObject(_))
        && function.kind == sym_sdk::FunctionKind::Method
    {
        return None;
    }
    let args = &call.arguments;
    if args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        || args.keywords.iter().any(|k| k.arg.is_none())
    {
        return None;
    }
    let mut bound: Vec<(&'static Parameter, ArgRef)> =
        Vec::with_capacity(args.args.len() + args.keywords.len());
    let mut problems = Vec::new();
    // Walked along the arguments rather than collected: most calls bind
    // without a problem, and a list per call was a large part of binding.
    let mut positional = function.params.iter().filter(|p| {
        matches!(
            p.kind,
            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
        )
    });
    let var_positional = function
        .params
        .iter()
        .find(|p| p.kind == ParamKind::VarPositional);
    for (index, arg) in args.args.iter().enumerate() {
        if let Some(param) = positional.next() {
            bound.push((param, ArgRef::Positional(index)));
        } else if let Some(param) = var_positional {
            bound.push((param, ArgRef::Positional(index)));
        } else {
            // Every positional parameter is bound: there were `index`, and
            // this argument would be the first keyword-only one.
            let keyword_only = function
                .params
                .iter()
                .find(|p| p.kind == ParamKind::KeywordOnly)
                .map(|p| p.name.clone());
            problems.push(CallProblem::TooManyPositional {
                range: arg.range(),
                given: args.args.len(),
                max: index,
                keyword_only,
            });
            break;
        }
    }
    let var_keyword = function
        .params
        .iter()
        .find(|p| p.kind == ParamKind::VarKeyword);
    for (index, keyword) in args.keywords.iter().enumerate() {
        let Some(name) = &keyword.arg else { continue };
        let param = function.params.iter().find(|p| {
            p.name == name.as_str()
                && matches!(
                    p.kind,
                    ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
                )
        });
        match param {
            Some(param) => {
                if bound.iter().any(|(p, _)| std::ptr::eq(*p, param)) {
                    problems.push(CallProblem::Repeated {
                        range: keyword.range(),
                        name: name.to_string(),
                    });
                } else {
                    bound.push((param, ArgRef::Keyword(index)));
                }
            }
            None => {
                if let Some(param) = var_keyword {
                    bound.push((param, ArgRef::Keyword(index)));
                } else if function
                    .params
                    .iter()
                    .any(|p| p.name == name.as_str() && p.kind == ParamKind::PositionalOnly)
                {
                    problems.push(CallProblem::PositionalOnlyAsKeyword {
                        range: keyword.range(),
                        name: name.to_string(),
                    });
                } else {
                    let candidates = function
                        .params
                        .iter()
                        .filter(|p| {
                            matches!(
                                p.kind,
                                ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
                            )
                        })
                        .map(|p| p.name.as_str());
                    problems.push(CallProblem::UnknownKeyword {
                        range: name.range(),
                        name: name.to_string(),
                        suggestion: sym_sdk::did_you_mean(name.as_str(), candidates)
                            .map(str::to_string),
                    });
                }
            }
        }
    }
    let missing: Vec<String> = function
        .params
        .iter()
        .filter(|p| p.is_required() && !bound.iter().any(|(b, _)| std::ptr::eq(*b, *p)))
        .map(|p| p.name.clone())
        .collect();
    // Missing arguments are only certain when nothing else went wrong.
    if !missing.is_empty() && problems.is_empty() {
        problems.push(CallProblem::Missing { names: missing });
    }
    Some(Binding {
        display,
        bound,
        problems,
    })
}

/// A Python literal an argument is written as.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Literal<'e> {
    Str(&'e str),
    Int,
    Float,
    Bool,
    None,
    Bytes,
    List(&'e [Expr]),
    Tuple(&'e [Expr]),
    Set,
    Dict,
}

impl Literal<'_> {
    pub fn describe(&self) -> &'static str {
        match self {
            Literal::Str(_) => "str",
            Literal::Int => "int",
            Literal::Float => "float",
            Literal::Bool => "bool",
            Literal::None => "None",
            Literal::Bytes => "bytes",
            Literal::List(_) => "list",
            Literal::Tuple(_) => "tuple",
            Literal::Set => "set",
            Literal::Dict => "dict",
        }
    }
}

/// The literal an expression is, if it is one.
pub(crate) fn literal(expr: &Expr) -> Option<Literal<'_>> {
    Some(match expr {
        Expr::StringLiteral(s) => Literal::Str(s.value.to_str()),
        Expr::FString(_) => Literal::Str(""),
        Expr::BytesLiteral(_) => Literal::Bytes,
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => Literal::Int,
            ast::Number::Float(_) => Literal::Float,
            ast::Number::Complex { .. } => return None,
        },
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
            match literal(&u.operand)? {
                Literal::Int => Literal::Int,
                Literal::Float => Literal::Float,
                _ => return None,
            }
        }
        Expr::BooleanLiteral(_) => Literal::Bool,
        Expr::NoneLiteral(_) => Literal::None,
        Expr::List(list) => Literal::List(&list.elts),
        Expr::Tuple(tuple) => Literal::Tuple(&tuple.elts),
        Expr::Set(_) => Literal::Set,
        Expr::Dict(_) => Literal::Dict,
        _ => return None,
    })
}
