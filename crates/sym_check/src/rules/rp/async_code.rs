use sym_syntax::ast::{self, Expr, Stmt};
use sym_syntax::{Ranged, TextSize};

use super::{def_keyword_offset, keyword_range};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `async def`, `async for`, `async with` and `await`.
    ///
    /// Asynchronous comprehensions are not reported here: an `async for`
    /// inside a list, set or dict comprehension is a compile error outside
    /// `async def` (`SYN003`), and inside a generator expression
    /// RestrictedPython lets it through.
    ///
    /// ## Why
    /// RestrictedPython refuses asynchronous code, and Sym calls handlers
    /// as plain functions. Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// async def get_approvers(event):
    ///     return await lookup(event)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def get_approvers(event):
    ///     return lookup(event)
    /// ```
    pub struct AsyncCode {
        code: "RP305",
        name: "async-code",
        severity: Error,
        summary: "`async def`, `async for`, `async with` or `await`",
    }
}

impl Rule for AsyncCode {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::AWAIT
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let (what, start) = match stmt {
            Stmt::FunctionDef(function) if function.is_async => {
                // Decorators come first; `async` is right before `def`.
                let source = cx.parsed.source();
                let start = def_keyword_offset(function, source)
                    .and_then(|def| source.get(..def)?.rfind("async"))
                    .and_then(|offset| u32::try_from(offset).ok())
                    .map_or(stmt.start(), TextSize::new);
                ("`async def` functions are", start)
            }
            Stmt::For(ast::StmtFor { is_async: true, .. }) => {
                ("`async for` loops are", stmt.start())
            }
            Stmt::With(ast::StmtWith { is_async: true, .. }) => {
                ("`async with` statements are", stmt.start())
            }
            _ => return,
        };
        cx.report(keyword_range(start, 5), format!("{what} not allowed"))
            .help = Some("remove `async`: Sym runs handlers synchronously".to_string());
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        if let Expr::Await(_) = expr {
            cx.report(
                keyword_range(expr.start(), 5),
                "`await` expressions are not allowed",
            )
            .help = Some("call the function directly: Sym runs handlers synchronously".to_string());
        }
    }
}
