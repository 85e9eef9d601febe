use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Warns when a value the SDK gives as `None` in ordinary runs is used
    /// as if it were present: an attribute read or an index on it, without
    /// a check first. Today that is `event.run.source_channel.identifier`,
    /// which is `None` for every request made outside Slack (web app, API).
    /// Other values the SDK types as optional (`user.email`,
    /// `event.get_actor(...)`, `target.label`, ...) are present in working
    /// flows, so reading them directly is not reported.
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
        if !types.type_of(value).is_optional() || !is_none_in_ordinary_runs(value, &types) {
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

/// The SDK attributes that are `None` in ordinary runs, by class: reading
/// through them unchecked fails for real requests. Other optional values
/// (an email, an earlier actor) are there whenever the flow works, and
/// warning on them would flag valid handlers.
const NONE_IN_ORDINARY_RUNS: &[(&str, &str)] = &[("sym.sdk.event.Channel", "identifier")];

/// Whether `value` is written as a read of one of `NONE_IN_ORDINARY_RUNS`
/// (a local that holds it is left alone: the rule cannot see every check).
fn is_none_in_ordinary_runs(value: &Expr, types: &crate::types::FileTypes) -> bool {
    let Expr::Attribute(attribute) = value else {
        return false;
    };
    let owner = types.type_of(&attribute.value);
    NONE_IN_ORDINARY_RUNS.iter().any(|(class, attr)| {
        attribute.attr.as_str() == *attr
            && owner.members().iter().any(
                |member| matches!(member, crate::types::Ty::Instance(path) if &**path == *class),
            )
    })
}
