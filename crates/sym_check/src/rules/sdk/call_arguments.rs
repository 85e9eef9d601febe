use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use super::{CallProblem, bind_call};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Checks how a call passes its arguments to an SDK function, method or
    /// model: too many positional arguments, a keyword-only parameter passed
    /// positionally, an argument given twice, a required argument missing.
    ///
    /// ## Why
    /// Each of these raises `TypeError` when the handler runs, and the
    /// request fails.
    ///
    /// ## Example
    /// ```python
    /// okta.users_in_group("00g123")
    /// Notification(timeout=300)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// okta.users_in_group(group_id="00g123")
    /// Notification(destinations=[slack.channel("#ops")], timeout=300)
    /// ```
    pub struct CallArguments {
        code: "SDK004",
        name: "sdk-call-arguments",
        severity: Error,
        summary: "An SDK call with too many, too few or misplaced arguments",
    }
}

impl Rule for CallArguments {
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
        let display = bound.display();
        for problem in bound.problems() {
            match problem {
                CallProblem::TooManyPositional {
                    range,
                    given,
                    max,
                    keyword_only: Some(name),
                } => {
                    let shown = cx_text(cx, *range);
                    let diagnostic = cx.report(
                        *range,
                        format!(
                            "`{display}()` takes `{name}` as a keyword argument only ({max} positional allowed, {given} given)"
                        ),
                    );
                    diagnostic.help = Some(format!("write `{name}={shown}`"));
                }
                CallProblem::TooManyPositional {
                    range, given, max, ..
                } => {
                    let plural = if *max == 1 { "" } else { "s" };
                    cx.report(
                        *range,
                        format!(
                            "`{display}()` takes {max} positional argument{plural} but {given} were given"
                        ),
                    );
                }
                CallProblem::Repeated { range, name } => {
                    cx.report(
                        *range,
                        format!("`{display}()` got more than one value for `{name}`"),
                    );
                }
                // `@prefetch()` without its field name is HDL007's to report.
                CallProblem::Missing { .. } if display.to_string() == "annotations.prefetch" => {}
                CallProblem::Missing { names } => {
                    let list = names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let plural = if names.len() == 1 { "" } else { "s" };
                    cx.report(
                        call.func.range(),
                        format!("`{display}()` is missing the required argument{plural} {list}"),
                    );
                }
                CallProblem::UnknownKeyword { .. }
                | CallProblem::PositionalOnlyAsKeyword { .. } => {}
            }
        }
    }
}

fn cx_text(cx: &Context<'_>, range: sym_syntax::TextRange) -> String {
    let text = cx.text(range);
    if text.len() > 40 || text.contains('\n') {
        "...".to_string()
    } else {
        text.to_string()
    }
}
