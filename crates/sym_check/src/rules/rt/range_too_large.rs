use sym_syntax::Ranged;
use sym_syntax::ast::{Expr, ExprNumberLiteral, Number, UnaryOp};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a call of `range` with literal integer arguments that makes
    /// 1000 elements or more, or that has a step of 0.
    ///
    /// ## Why
    /// Sym's `range` is RestrictedPython's limited one: it raises
    /// `ValueError` when the range would hold 1000 elements or more,
    /// whether or not the loop would run that far. A step of 0 raises
    /// `ValueError` in any Python.
    ///
    /// ## Example
    /// ```python
    /// for attempt in range(5000):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// Loop over fewer than 1000 numbers at a time, or count in a `while`
    /// loop:
    /// ```python
    /// attempt = 0
    /// while attempt < 5000:
    ///     attempt += 1
    /// ```
    pub struct RangeTooLarge {
        code: "RT005",
        name: "range-too-large",
        severity: Error,
        summary: "`range` that Sym's limited `range` refuses",
    }
}

/// RestrictedPython's cap on the length of a `range`.
const RANGE_LIMIT: f64 = 1000.0;

/// Beyond this the float arithmetic below is no longer exact; stay silent.
const EXACT_LIMIT: i64 = 1 << 53;

impl Rule for RangeTooLarge {
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
        if super::called_builtin(call, cx) != Some("range") {
            return;
        }
        let Some(args) = super::plain_positional_args(call) else {
            return;
        };
        let values: Option<Vec<i64>> = args.iter().map(int_literal).collect();
        let (start, end, step) = match values.as_deref() {
            Some([end]) => (0, *end, 1),
            Some([start, end]) => (*start, *end, 1),
            Some([start, end, step]) => (*start, *end, *step),
            _ => return,
        };
        if step == 0 {
            cx.report(call.range(), "`range` with a step of 0 raises ValueError")
                .help = Some("use a step other than 0".to_string());
            return;
        }
        // The limited range measures `int((end - start) / step)`, in floats.
        let length = ((end - start) as f64 / step as f64).trunc();
        if length >= RANGE_LIMIT {
            let message = format!(
                "this `range` would hold {length} elements: Sym's limited `range` raises ValueError at 1000 or more"
            );
            cx.report(call.range(), message).help = Some(
                "loop over fewer than 1000 numbers at a time, or count in a `while` loop"
                    .to_string(),
            );
        }
    }
}

/// An integer literal, possibly negated, small enough for exact float math.
fn int_literal(expr: &Expr) -> Option<i64> {
    let value = match expr {
        Expr::NumberLiteral(ExprNumberLiteral {
            value: Number::Int(int),
            ..
        }) => int.as_i64()?,
        Expr::UnaryOp(unary) if unary.op == UnaryOp::USub => -int_literal(&unary.operand)?,
        _ => return None,
    };
    (value.abs() <= EXACT_LIMIT).then_some(value)
}
