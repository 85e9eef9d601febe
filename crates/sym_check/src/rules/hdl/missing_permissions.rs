use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Notes an impl.py that defines handlers but neither `get_permissions`
    /// nor the legacy `get_approvers`.
    ///
    /// ## Why
    /// A flow needs `get_permissions` to know who may see and act on a
    /// request. The note is informational: a file may be shared, or the
    /// reducer may come in a later edit.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     return [Notification(destinations=[slack.channel("#ops")])]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_permissions(event):
    ///     return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)
    /// ```
    pub struct MissingPermissions {
        code: "HDL005",
        name: "missing-get-permissions",
        severity: Info,
        summary: "Handlers without get_permissions (or legacy get_approvers)",
    }
}

impl Rule for MissingPermissions {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn checks_exprs(&self) -> bool {
        false
    }

    fn check_file(&self, cx: &mut Context<'_>) {
        let handlers = file_handlers(cx);
        let Some(first) = handlers.first() else {
            return;
        };
        if handlers.iter().any(|h| {
            matches!(
                h.function.name.as_str(),
                "get_permissions" | "get_approvers"
            )
        }) {
            return;
        }
        let range = first.function.name.range();
        let diagnostic = cx.report(
            range,
            "This file defines no get_permissions reducer (or legacy get_approvers); a flow needs one to know who may approve",
        );
        diagnostic.help = Some(
            "add `@reducer def get_permissions(event): return RequestPermission(...)`".to_string(),
        );
    }
}
