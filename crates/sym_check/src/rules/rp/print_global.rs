use sym_syntax::ast::{self, Expr, ExprContext, Stmt};
use sym_syntax::visitor::{self, Visitor};

use crate::declare_rule;
use crate::rule::{Context, Enclosing, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `global _print` in a function (or module) that reads
    /// `print` or `printed`.
    ///
    /// ## Why
    /// RestrictedPython adds a hidden `_print = ...` assignment at the top
    /// of every function (and module) that prints. A `global _print` in the
    /// same scope then comes after a use of the name, which Python's
    /// compiler refuses, so Sym refuses the file. (`_print` also starts
    /// with `_`, but `global` names are not otherwise checked.)
    ///
    /// ## Example
    /// ```python
    /// def log(message):
    ///     global _print
    ///     print(message)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def log(message):
    ///     print(message)
    /// ```
    pub struct PrintGlobal {
        code: "RP403",
        name: "print-collector-global",
        severity: Error,
        summary: "`global _print` where the scope prints",
    }
}

impl Rule for PrintGlobal {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::Global(global) = stmt else {
            return;
        };
        let Some(name) = global.names.iter().find(|name| name.id.as_str() == "_print") else {
            return;
        };
        let mut finder = PrintUse::default();
        match cx.innermost() {
            None => finder.visit_body(cx.parsed.body()),
            Some(Enclosing::Function(function)) => finder.visit_function_itself(function),
            // A class body is its own scope; the hidden assignment goes to
            // the enclosing function or module, where no `global` is.
            Some(_) => return,
        }
        if finder.found {
            cx.report(
                name.range,
                "`global _print` conflicts with the print collector of this scope",
            )
            .help = Some("remove `_print` from the `global` statement".to_string());
        }
    }
}

/// Finds a read of `print` or `printed` in one print scope: a function (or
/// the module) without the functions nested in it. Lambdas, classes and
/// comprehensions belong to the enclosing scope.
#[derive(Default)]
struct PrintUse {
    found: bool,
}

impl PrintUse {
    fn visit_function_itself<'a>(&mut self, function: &'a ast::StmtFunctionDef) {
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
        if let Expr::Name(name) = expr {
            if matches!(name.ctx, ExprContext::Load)
                && matches!(name.id.as_str(), "print" | "printed")
            {
                self.found = true;
                return;
            }
        }
        visitor::walk_expr(self, expr);
    }
}
