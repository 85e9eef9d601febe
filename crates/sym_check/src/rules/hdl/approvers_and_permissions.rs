use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Notes (info) that a file defines both `get_permissions` and the
    /// legacy `get_approvers`. Sym runs such a flow, so this is a hint to
    /// tidy up, never a warning.
    ///
    /// ## Why
    /// `get_approvers` is the older way to say who may approve;
    /// `get_permissions` (with `get_request_notifications` for routing)
    /// replaces it. With both, one of them decides and the other is
    /// misleading.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_permissions(event): ...
    ///
    /// @reducer
    /// def get_approvers(event): ...
    /// ```
    ///
    /// ## Instead
    /// Keep `get_permissions`, and move routing into
    /// `get_request_notifications`.
    pub struct ApproversAndPermissions {
        code: "HDL006",
        name: "approvers-with-permissions",
        severity: Info,
        summary: "Both get_permissions and the legacy get_approvers",
    }
}

impl Rule for ApproversAndPermissions {
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
        let has_permissions = handlers
            .iter()
            .any(|h| h.function.name.as_str() == "get_permissions");
        if !has_permissions {
            return;
        }
        for handler in handlers
            .iter()
            .filter(|h| h.function.name.as_str() == "get_approvers")
        {
            let diagnostic = cx.report(
                handler.function.name.range(),
                "`get_approvers` is the legacy form of `get_permissions`; define only one of them",
            );
            diagnostic.help = Some(
                "keep get_permissions and route requests in get_request_notifications".to_string(),
            );
        }
    }
}
