use sym_syntax::Ranged;
use sym_syntax::ast::{self, Expr};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports calls of `exec(...)` and `eval(...)` by their bare name.
    ///
    /// Only the direct call is refused: `x = eval` or `obj.eval(...)` pass
    /// this check (and fail at run time instead, since Sym's builtins have
    /// no `eval`).
    ///
    /// ## Why
    /// Running a string as code would skip every check RestrictedPython
    /// made on the file, so Sym refuses a file that calls them.
    ///
    /// ## Example
    /// ```python
    /// limit = eval(event.flow.vars["limit"])
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// limit = int(event.flow.vars["limit"])
    /// ```
    pub struct ExecEvalCall {
        code: "RP104",
        name: "exec-eval-call",
        severity: Error,
        summary: "`exec` or `eval` is called",
    }
}

impl Rule for ExecEvalCall {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::CALL
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Call(call) = expr else {
            return;
        };
        let Expr::Name(ast::ExprName { id, .. }) = call.func.as_ref() else {
            return;
        };
        let (name, help) = match id.as_str() {
            "exec" => ("exec", "write the code itself instead of running a string"),
            "eval" => (
                "eval",
                "parse data explicitly instead, e.g. `int(text)` or `json.loads(text)`",
            ),
            _ => return,
        };
        cx.report(
            call.func.range(),
            format!("`{name}(...)` calls are not allowed"),
        )
        .help = Some(help.to_string());
    }
}
