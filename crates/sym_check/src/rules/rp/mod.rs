//! `RP`: what RestrictedPython 9.0's transformer refuses.
//!
//! Codes: `RP1xx` names, `RP2xx` attribute names, `RP3xx` statement and
//! expression kinds, `RP4xx` everything else.

mod annotated_assignment;
mod async_code;
mod augmented_item_assignment;
mod except_star;
mod exec_eval_call;
mod hidden_name_global;
mod inspect_attribute;
mod match_statement;
mod metaclass_keyword;
pub(crate) mod nesting_too_deep;
mod nonlocal_statement;
mod reserved_name;
mod roles_attribute;
mod roles_name;
mod star_import;
mod underscore_attribute;
mod underscore_name;

pub use annotated_assignment::AnnotatedAssignment;
pub use async_code::AsyncCode;
pub use augmented_item_assignment::AugmentedItemAssignment;
pub use except_star::ExceptStar;
pub use exec_eval_call::ExecEvalCall;
pub use hidden_name_global::HiddenNameGlobal;
pub use inspect_attribute::InspectAttribute;
pub use match_statement::MatchStatement;
pub use metaclass_keyword::MetaclassKeyword;
pub use nesting_too_deep::NestingTooDeep;
pub use nonlocal_statement::NonlocalStatement;
pub use reserved_name::ReservedName;
pub use roles_attribute::RolesAttribute;
pub use roles_name::RolesName;
pub use star_import::StarImport;
pub use underscore_attribute::UnderscoreAttribute;
pub use underscore_name::UnderscoreName;

use sym_syntax::ast::{self, Expr, ExprContext, Parameters, Stmt};
use sym_syntax::{TextRange, TextSize};

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &UnderscoreName,
    &RolesName,
    &ReservedName,
    &ExecEvalCall,
    &UnderscoreAttribute,
    &RolesAttribute,
    &InspectAttribute,
    &AnnotatedAssignment,
    &MatchStatement,
    &ExceptStar,
    &NonlocalStatement,
    &AsyncCode,
    &AugmentedItemAssignment,
    &StarImport,
    &MetaclassKeyword,
    &HiddenNameGlobal,
    &NestingTooDeep,
];

/// Special method names a nested `def` may have although they start with
/// `_` (RestrictedPython's short allowlist).
const ALLOWED_DUNDER_METHODS: &[&str] = &[
    "__init__",
    "__contains__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
];

/// Names that may never be bound: rebinding them would bypass the print
/// collector or reach the interpreter.
const RESERVED_NAMES: &[&str] = &["print", "printed", "builtins", "breakpoint"];

/// Why RestrictedPython refuses a name. Only the first applicable reason
/// counts, as in RestrictedPython, so that one name gets one diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameProblem {
    Underscore,
    Roles,
    Reserved,
}

/// The problem with `name` where RestrictedPython checks names.
pub(crate) fn name_problem(name: &str) -> Option<NameProblem> {
    if name.starts_with('_') && name != "_" {
        Some(NameProblem::Underscore)
    } else if name.ends_with("__roles__") {
        Some(NameProblem::Roles)
    } else if RESERVED_NAMES.contains(&name) {
        Some(NameProblem::Reserved)
    } else {
        None
    }
}

/// Where a checked name comes from; decides the wording of a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameSite {
    /// A variable that is read (`x`).
    Read,
    /// A variable that is assigned or deleted.
    Bound,
    Function,
    Class,
    Parameter,
    /// The name after `import` or `from ... import`.
    Import,
    /// The name after `as` in an import.
    ImportAlias,
    /// The name after `as` in `except E as name`.
    Exception,
}

impl NameSite {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            NameSite::Read | NameSite::Bound => "name",
            NameSite::Function => "function name",
            NameSite::Class => "class name",
            NameSite::Parameter => "parameter name",
            NameSite::Import => "imported name",
            NameSite::ImportAlias => "import alias",
            NameSite::Exception => "exception variable",
        }
    }

    pub(crate) fn with_article(self) -> &'static str {
        match self {
            NameSite::Read | NameSite::Bound => "a name",
            NameSite::Function => "a function name",
            NameSite::Class => "a class name",
            NameSite::Parameter => "a parameter name",
            NameSite::Import => "an imported name",
            NameSite::ImportAlias => "an import alias",
            NameSite::Exception => "an exception variable",
        }
    }
}

/// One name RestrictedPython checks, with the problem it has.
pub(crate) struct CheckedName<'a> {
    pub name: &'a str,
    pub range: TextRange,
    pub site: NameSite,
    pub problem: NameProblem,
}

/// Calls `found` for every refused name a statement itself introduces:
/// its `def`/`class` name, parameters, imported names and aliases, and
/// exception variables of its handlers. (Names inside expressions are
/// [`expr_name_problem`]'s.)
pub(crate) fn for_each_refused_stmt_name<'a>(
    stmt: &'a Stmt,
    source: &str,
    mut found: impl FnMut(CheckedName<'a>),
) {
    let mut check = |name: &'a str, range: TextRange, site: NameSite| {
        if let Some(problem) = name_problem(name) {
            found(CheckedName {
                name,
                range,
                site,
                problem,
            });
        }
    };
    match stmt {
        Stmt::FunctionDef(function) => {
            let name = function.name.id.as_str();
            if !is_allowed_dunder_method(function, source) {
                check(name, function.name.range, NameSite::Function);
            }
            for_each_parameter(&function.parameters, |name, range| {
                check(name, range, NameSite::Parameter);
            });
        }
        Stmt::ClassDef(class) => check(class.name.id.as_str(), class.name.range, NameSite::Class),
        Stmt::Import(ast::StmtImport { names, .. })
        | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
            for alias in names {
                check(alias.name.id.as_str(), alias.name.range, NameSite::Import);
                if let Some(asname) = &alias.asname {
                    check(asname.id.as_str(), asname.range, NameSite::ImportAlias);
                }
            }
        }
        Stmt::Try(ast::StmtTry { handlers, .. }) => {
            for handler in handlers {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                if let Some(name) = &handler.name {
                    check(name.id.as_str(), name.range, NameSite::Exception);
                }
            }
        }
        _ => {}
    }
}

/// Calls `found` for every refused parameter name of a lambda.
pub(crate) fn for_each_refused_lambda_name<'a>(
    expr: &'a Expr,
    mut found: impl FnMut(CheckedName<'a>),
) {
    if let Expr::Lambda(ast::ExprLambda {
        parameters: Some(parameters),
        ..
    }) = expr
    {
        for_each_parameter(parameters, |name, range| {
            if let Some(problem) = name_problem(name) {
                found(CheckedName {
                    name,
                    range,
                    site: NameSite::Parameter,
                    problem,
                });
            }
        });
    }
}

/// The problem of a variable (`Name` node), if it has one. Reading
/// `print` and `printed` is fine: RestrictedPython rewrites those reads to
/// its print collector.
pub(crate) fn expr_name_problem(expr: &Expr) -> Option<CheckedName<'_>> {
    let Expr::Name(name) = expr else {
        return None;
    };
    let id = name.id.as_str();
    let is_read = matches!(name.ctx, ExprContext::Load);
    if is_read && (id == "print" || id == "printed") {
        return None;
    }
    let problem = name_problem(id)?;
    Some(CheckedName {
        name: id,
        range: name.range,
        site: if is_read {
            NameSite::Read
        } else {
            NameSite::Bound
        },
        problem,
    })
}

fn for_each_parameter<'a>(parameters: &'a Parameters, mut visit: impl FnMut(&'a str, TextRange)) {
    for parameter in parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .map(|p| &p.parameter)
        .chain(parameters.vararg.as_deref())
        .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
        .chain(parameters.kwarg.as_deref())
    {
        visit(parameter.name.id.as_str(), parameter.name.range);
    }
}

/// RestrictedPython lets a `def` have one of a few special method names
/// when the `def` keyword is not at column 0 of its line (which in practice
/// means: not at module level).
fn is_allowed_dunder_method(function: &ast::StmtFunctionDef, source: &str) -> bool {
    let name = function.name.id.as_str();
    if !ALLOWED_DUNDER_METHODS.contains(&name) {
        return false;
    }
    match def_keyword_offset(function, source) {
        Some(offset) => column_of(source, offset) != 0,
        None => false,
    }
}

/// Byte offset of the `def` keyword of a function (after any decorators).
pub(crate) fn def_keyword_offset(function: &ast::StmtFunctionDef, source: &str) -> Option<usize> {
    let start = function.range.start().to_usize();
    let end = function.name.range.start().to_usize();
    let before_name = source.get(start..end)?;
    before_name.rfind("def").map(|found| start + found)
}

/// Byte column of `offset` in its line (CPython's `col_offset`).
fn column_of(source: &str, offset: usize) -> usize {
    let line_start = source
        .get(..offset)
        .and_then(|before| before.rfind(['\n', '\r']).map(|found| found + 1))
        .unwrap_or(0);
    offset - line_start
}

/// The range of a keyword of `len` bytes starting at `start`.
pub(crate) fn keyword_range(start: TextSize, len: u32) -> TextRange {
    TextRange::at(start, TextSize::new(len))
}

/// A name without its leading underscores (and the trailing ones of a
/// dunder name), for suggestions.
pub(crate) fn without_underscores(name: &str) -> &str {
    let trimmed = match name
        .strip_prefix("__")
        .and_then(|rest| rest.strip_suffix("__"))
    {
        Some(inner) => inner.trim_start_matches('_'),
        None => name.trim_start_matches('_'),
    };
    if trimmed.is_empty() { "value" } else { trimmed }
}
