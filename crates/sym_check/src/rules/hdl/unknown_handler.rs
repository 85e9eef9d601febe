use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};
use crate::types::{HandlerDecorator, names};

declare_rule! {
    /// ## What it does
    /// Reports a function decorated with `@reducer` or `@hook` whose name
    /// is not one Sym calls, such as `on_aprove` or `get_permission`, and
    /// suggests the closest handler name. Reducers are `get_permissions`,
    /// `get_request_notifications` and the legacy `get_approvers`; hooks are
    /// `on_` or `after_` followed by a step: prompt, request,
    /// request_forward, request_expire, approve, deny, escalate, deescalate
    /// or ignore.
    ///
    /// ## Why
    /// Sym looks handlers up by name; a misspelled one is never called, and
    /// nothing says so.
    ///
    /// ## Example
    /// ```python
    /// @hook
    /// def on_aprove(event):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @hook
    /// def on_approve(event):
    ///     ...
    /// ```
    pub struct UnknownHandler {
        code: "HDL003",
        name: "unknown-handler-name",
        severity: Error,
        summary: "A reducer or hook name Sym does not call",
    }
}

impl Rule for UnknownHandler {
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
        for handler in file_handlers(cx) {
            let name = handler.function.name.as_str();
            let is_hook_name = name.starts_with("on_") || name.starts_with("after_");
            let is_reducer_name = name.starts_with("get_");
            let kind = if handler.decorators.contains(&HandlerDecorator::Hook) {
                if names::is_hook(name) || is_reducer_name {
                    continue;
                }
                "hook"
            } else if handler.decorators.contains(&HandlerDecorator::Reducer) {
                if names::is_reducer(name) || is_hook_name {
                    continue;
                }
                "reducer"
            } else {
                continue;
            };
            let diagnostic = cx.report(
                handler.function.name.range(),
                format!("`{name}` is not a {kind} Sym calls"),
            );
            // The names are spelled out only here, to suggest one.
            let hooks = names::hooks();
            let candidates: Vec<&str> = if kind == "hook" {
                hooks.iter().map(String::as_str).collect()
            } else {
                names::REDUCERS.to_vec()
            };
            diagnostic.help = Some(match sym_sdk::did_you_mean(name, candidates.iter().copied()) {
                Some(suggestion) => format!("did you mean `{suggestion}`?"),
                None if kind == "hook" => {
                    "hooks are on_<step> or after_<step>, for the steps prompt, request, request_forward, request_expire, approve, deny, escalate, deescalate and ignore".to_string()
                }
                None => "reducers are get_permissions, get_request_notifications and get_approvers; for a prompt field's options use @prefetch(field_name=...)".to_string(),
            });
        }
    }
}
