use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Warns when a value the SDK may give as `None` is used as if it were
    /// present: an attribute read or an index on it, without a check first.
    /// For example `event.run.source_channel.identifier` is `None` for a
    /// request that did not come from Slack.
    ///
    /// ## Why
    /// The handler fails with an error on exactly the requests where the
    /// value is missing, which tests with a full event do not show.
    ///
    /// ## Example
    /// ```python
    /// channel = event.run.source_channel.identifier.lower()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// if source := event.run.source_channel.identifier:
    ///     channel = source.lower()
    /// ```
    pub struct PossiblyNone {
        code: "SDK010",
        name: "possibly-none",
        severity: Warning,
        summary: "A value that may be None is used as if present",
    }
}

impl Rule for PossiblyNone {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::ATTRIBUTE.or(ExprKinds::SUBSCRIPT)
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        // The attribute read, None for a subscript (the message is built
        // only when reporting: most reads are fine).
        let (value, attr) = match expr {
            Expr::Attribute(attribute) if attribute.ctx.is_load() => {
                (attribute.value.as_ref(), Some(&attribute.attr))
            }
            Expr::Subscript(subscript) if subscript.ctx.is_load() => {
                (subscript.value.as_ref(), None)
            }
            _ => return,
        };
        let types = cx.types();
        let ty = types.type_of(value);
        if !ty.is_optional() {
            return;
        }
        let text = cx.text(value.range());
        let shown = if text.len() > 60 || text.contains('\n') {
            "this value".to_string()
        } else {
            format!("`{text}`")
        };
        let what = match attr {
            Some(attr) => format!("reading `.{attr}`"),
            None => "indexing it".to_string(),
        };
        let diagnostic = cx.report(
            value.range(),
            format!("{shown} may be None here; {what} would fail"),
        );
        diagnostic.help = Some("check it first, e.g. `if value is not None:`".to_string());
    }
}
