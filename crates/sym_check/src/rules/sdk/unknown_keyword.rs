use sym_syntax::ast::Expr;

use super::{CallProblem, bind_call};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a keyword argument that an SDK function, method or model
    /// does not take, and suggests the closest parameter name.
    ///
    /// ## Why
    /// The call raises `TypeError` when the handler runs (or, for a model,
    /// the value is refused), and the request fails.
    ///
    /// ## Example
    /// ```python
    /// slack.channel("#ops", allowself=True)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// slack.channel("#ops", allow_self=True)
    /// ```
    pub struct UnknownKeyword {
        code: "SDK005",
        name: "unknown-keyword-argument",
        severity: Error,
        summary: "A keyword argument the SDK function does not take",
    }
}

impl Rule for UnknownKeyword {
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
        let types = cx.types();
        let Some(bound) = bind_call(sym_sdk::sdk(), &types, call) else {
            return;
        };
        for problem in bound.problems() {
            match problem {
                CallProblem::UnknownKeyword {
                    range,
                    name,
                    suggestion,
                } => {
                    let diagnostic = cx.report(
                        *range,
                        format!("`{}()` has no parameter `{name}`", bound.display()),
                    );
                    if let Some(suggestion) = suggestion {
                        diagnostic.help = Some(format!("did you mean `{suggestion}`?"));
                    }
                }
                CallProblem::PositionalOnlyAsKeyword { range, name } => {
                    cx.report(
                        *range,
                        format!(
                            "`{}()` takes `{name}` positionally only; pass it without `{name}=`",
                            bound.display()
                        ),
                    );
                }
                _ => {}
            }
        }
    }
}
