use super::{HandlerKind, file_handlers, return_type::expected};
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a reducer or prefetch handler that can reach the end of its
    /// body without a `return`, so that Sym receives `None` on that path.
    /// Hooks may end without returning.
    ///
    /// ## Why
    /// A reducer's value decides who may approve, where a request goes or
    /// which options a field shows; `None` makes the request fail on
    /// exactly the path the code forgot.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     if event.payload.fields["urgent"]:
    ///         return [Notification(destinations=[slack.channel("#oncall")])]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     if event.payload.fields["urgent"]:
    ///         return [Notification(destinations=[slack.channel("#oncall")])]
    ///     return [Notification(destinations=[slack.channel("#requests")])]
    /// ```
    pub struct ImplicitNone {
        code: "HDL009",
        name: "handler-missing-return",
        severity: Error,
        summary: "A reducer can end without returning a value",
    }
}

impl Rule for ImplicitNone {
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
        let types = cx.types();
        for handler in file_handlers(cx) {
            let Some(kind) = handler.kind else { continue };
            if matches!(kind, HandlerKind::OnHook | HandlerKind::AfterHook) {
                continue;
            }
            let name = handler.function.name.as_str();
            let Some(sites) = types.returns.get(name) else {
                continue;
            };
            if let Some(site) = sites.iter().find(|s| s.implicit) {
                let diagnostic = cx.report(
                    site.range,
                    format!(
                        "`{name}` can reach its end without a return, and Sym then gets None; it must return {}",
                        expected(kind)
                    ),
                );
                diagnostic.help =
                    Some("add a `return` for every path, or raise an error".to_string());
            }
        }
    }
}
