use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};
use crate::types::names;

declare_rule! {
    /// ## What it does
    /// Reports a module-level function named like a handler Sym knows
    /// (`get_permissions`, `get_request_notifications`, `on_request`,
    /// `after_approve`, ...) that has no handler decorator.
    ///
    /// ## Why
    /// Sym only calls decorated handlers: without `@reducer` or `@hook` the
    /// function is never run, and the flow behaves as if it did not exist.
    ///
    /// ## Example
    /// ```python
    /// def get_permissions(event):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from sym.sdk.annotations import reducer
    ///
    /// @reducer
    /// def get_permissions(event):
    ///     ...
    /// ```
    pub struct MissingDecorator {
        code: "HDL002",
        name: "handler-without-decorator",
        severity: Error,
        summary: "A known handler name without its decorator",
    }
}

impl Rule for MissingDecorator {
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
            if !handler.decorators.is_empty() {
                continue;
            }
            let name = handler.function.name.as_str();
            let decorator = if names::is_reducer(name) {
                "reducer"
            } else {
                "hook"
            };
            let diagnostic = cx.report(
                handler.function.name.range(),
                format!("`{name}` is a {decorator} name, but it has no @{decorator} decorator, so Sym never calls it"),
            );
            diagnostic.help = Some(format!(
                "add `@{decorator}` (from sym.sdk.annotations import {decorator})"
            ));
        }
    }
}
