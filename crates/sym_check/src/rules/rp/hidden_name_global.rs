use sym_syntax::ast::{self, Expr, ExprContext, Stmt};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{Ranged, TextSize};

use crate::declare_rule;
use crate::rule::{Context, Enclosing, Rule, RuleInfo};

/// What each name RestrictedPython's rewrite inserts is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hidden {
    /// `_getattr_`: reading `a.b`; also the print collector's set-up.
    GetAttr,
    /// `_getitem_`: reading `a[b]`.
    GetItem,
    /// `_write_`: assigning or deleting `a.b` or `a[b]`.
    Write,
    /// `_getiter_`: `for` loops, comprehensions, tuple unpacking.
    GetIter,
    /// `_iter_unpack_sequence_`: `for a, b in ...`.
    IterUnpack,
    /// `_unpack_sequence_`: `a, b = ...`, `with ... as (a, b)`.
    Unpack,
    /// `_inplacevar_`: `x += 1`.
    InPlace,
    /// `_apply_`: calls with `*args` or `**kwargs`.
    Apply,
    /// `__metaclass__`: every `class` statement.
    Metaclass,
    /// `_print`: reads of `print` and `printed`; the print collector.
    Print,
    /// `_print_`: the print collector's set-up.
    PrintFactory,
}

fn hidden(name: &str) -> Option<Hidden> {
    Some(match name {
        "_getattr_" => Hidden::GetAttr,
        "_getitem_" => Hidden::GetItem,
        "_write_" => Hidden::Write,
        "_getiter_" => Hidden::GetIter,
        "_iter_unpack_sequence_" => Hidden::IterUnpack,
        "_unpack_sequence_" => Hidden::Unpack,
        "_inplacevar_" => Hidden::InPlace,
        "_apply_" => Hidden::Apply,
        "__metaclass__" => Hidden::Metaclass,
        "_print" => Hidden::Print,
        "_print_" => Hidden::PrintFactory,
        _ => return None,
    })
}

declare_rule! {
    /// ## What it does
    /// Reports a `global` statement naming one of the helpers
    /// RestrictedPython inserts into the code it rewrites (`_getattr_`,
    /// `_getitem_`, `_write_`, `_getiter_`, `_iter_unpack_sequence_`,
    /// `_unpack_sequence_`, `_inplacevar_`, `_apply_`, `__metaclass__`,
    /// `_print`, `_print_`) when the rewritten scope already uses that
    /// helper before the `global` statement.
    ///
    /// Examples of uses: `a.b` uses `_getattr_`, `a[b]` uses `_getitem_`,
    /// a `for` loop uses `_getiter_`, a `class` statement uses
    /// `__metaclass__`, and a function that reads `print` or `printed`
    /// starts with a hidden `_print = _print_(_getattr_)`.
    ///
    /// `global` names are otherwise not checked, so `global _getattr_` on
    /// its own, or first in its function, passes.
    ///
    /// ## Why
    /// After the rewrite, the helper is used in the scope before it is
    /// declared `global`, which Python's compiler refuses; Sym refuses the
    /// file.
    ///
    /// ## Example
    /// ```python
    /// def log(message):
    ///     print(message)
    ///     global _print
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def log(message):
    ///     print(message)
    /// ```
    pub struct HiddenNameGlobal {
        code: "RP403",
        name: "guard-name-global",
        severity: Error,
        summary: "`global` of a RestrictedPython helper after the scope used it",
    }
}

impl Rule for HiddenNameGlobal {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::Global(global) = stmt else {
            return;
        };
        for name in &global.names {
            let Some(helper) = hidden(name.id.as_str()) else {
                continue;
            };
            if scope_uses_before(cx, helper, stmt.start()) {
                cx.report(
                    name.range,
                    format!(
                        "`global {}` comes after this scope already used `{}`, a helper \
                         RestrictedPython inserts",
                        name.id, name.id
                    ),
                )
                .help = Some(format!(
                    "remove `{}` from the `global` statement; it is not a name of yours",
                    name.id
                ));
            }
        }
    }
}

/// Whether the scope holding the `global` statement at `before` uses
/// `helper` (after RestrictedPython's rewrite) earlier in the scope.
fn scope_uses_before(cx: &Context<'_>, helper: Hidden, before: TextSize) -> bool {
    let body: &[Stmt] = match cx.innermost() {
        None => cx.parsed.body(),
        Some(Enclosing::Function(function)) => &function.body,
        Some(Enclosing::Class(class)) => &class.body,
        // Lambdas and comprehensions hold no statements.
        Some(_) => return false,
    };
    // The print collector's set-up is inserted first in a function or the
    // module (never a class) that reads `print` or `printed`.
    if matches!(
        helper,
        Hidden::Print | Hidden::PrintFactory | Hidden::GetAttr
    ) {
        let mut prints = PrintUse::default();
        match cx.innermost() {
            None => prints.visit_body(body),
            Some(Enclosing::Function(function)) => prints.visit_function_itself(function),
            Some(_) => {}
        }
        if prints.found {
            return true;
        }
    }
    let mut uses = HelperUse {
        helper,
        before,
        found: false,
    };
    uses.visit_body(body);
    uses.found
}

/// Finds a read of `print` or `printed` in one print scope: a function
/// (with its decorators and defaults) or the module, without the functions
/// nested in it. Lambdas, classes and comprehensions belong to the
/// enclosing print scope.
#[derive(Default)]
struct PrintUse {
    found: bool,
}

impl PrintUse {
    fn visit_function_itself(&mut self, function: &ast::StmtFunctionDef) {
        for decorator in &function.decorator_list {
            self.visit_decorator(decorator);
        }
        self.visit_parameters(&function.parameters);
        if let Some(returns) = &function.returns {
            self.visit_expr(returns);
        }
        self.visit_body(&function.body);
    }
}

impl<'a> Visitor<'a> for PrintUse {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found || matches!(stmt, Stmt::FunctionDef(_)) {
            return;
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found {
            return;
        }
        if is_print_read(expr) {
            self.found = true;
            return;
        }
        visitor::walk_expr(self, expr);
    }
}

fn is_print_read(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(name)
        if matches!(name.ctx, ExprContext::Load)
            && matches!(name.id.as_str(), "print" | "printed"))
}

/// Finds a construct that, once rewritten, uses `helper` in the current
/// symbol scope before `before`. Nested scopes are skipped except for the
/// parts evaluated in this scope: decorators, defaults, annotations and
/// class bases of nested definitions, and the first iterable of a
/// comprehension.
struct HelperUse {
    helper: Hidden,
    before: TextSize,
    found: bool,
}

impl HelperUse {
    fn mark(&mut self, uses: bool) {
        if uses {
            self.found = true;
        }
    }

    fn iteration(&mut self, target: &Expr) {
        let tuple = matches!(target, Expr::Tuple(_));
        self.mark(self.helper == Hidden::GetIter || (tuple && self.helper == Hidden::IterUnpack));
    }
}

impl<'a> Visitor<'a> for HelperUse {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found || stmt.start() >= self.before {
            return;
        }
        match stmt {
            Stmt::FunctionDef(function) => {
                for decorator in &function.decorator_list {
                    self.visit_decorator(decorator);
                }
                self.visit_parameters(&function.parameters);
                if let Some(returns) = &function.returns {
                    self.visit_expr(returns);
                }
                return;
            }
            Stmt::ClassDef(class) => {
                self.mark(self.helper == Hidden::Metaclass);
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                return;
            }
            Stmt::For(ast::StmtFor {
                is_async: false,
                target,
                ..
            }) => self.iteration(target),
            Stmt::Assign(assign) => {
                let unpacks = assign.targets.iter().any(|t| matches!(t, Expr::Tuple(_)));
                self.mark(unpacks && matches!(self.helper, Hidden::Unpack | Hidden::GetIter));
            }
            Stmt::With(with) => {
                let unpacks = with
                    .items
                    .iter()
                    .any(|item| matches!(item.optional_vars.as_deref(), Some(Expr::Tuple(_))));
                self.mark(unpacks && matches!(self.helper, Hidden::Unpack | Hidden::GetIter));
            }
            Stmt::AugAssign(assign) => {
                let on_name = matches!(assign.target.as_ref(), Expr::Name(_));
                self.mark(on_name && self.helper == Hidden::InPlace);
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        // `elif` tests and the like can come after the `global` statement.
        if self.found || expr.start() >= self.before {
            return;
        }
        match expr {
            Expr::Attribute(attribute) => {
                let helper = if matches!(attribute.ctx, ExprContext::Load) {
                    Hidden::GetAttr
                } else {
                    Hidden::Write
                };
                self.mark(self.helper == helper);
            }
            Expr::Subscript(subscript) => {
                let helper = if matches!(subscript.ctx, ExprContext::Load) {
                    Hidden::GetItem
                } else {
                    Hidden::Write
                };
                self.mark(self.helper == helper);
            }
            Expr::Call(call) => {
                let spreads = call.arguments.args.iter().any(Expr::is_starred_expr)
                    || call.arguments.keywords.iter().any(|k| k.arg.is_none());
                self.mark(spreads && self.helper == Hidden::Apply);
            }
            Expr::Name(_) => self.mark(is_print_read(expr) && self.helper == Hidden::Print),
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                return;
            }
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                if let Some(first) = generators.first() {
                    self.iteration(&first.target);
                    self.visit_expr(&first.iter);
                }
                return;
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}
