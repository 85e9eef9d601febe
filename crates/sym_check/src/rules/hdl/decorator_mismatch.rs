use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};
use crate::types::{HandlerDecorator, names};

declare_rule! {
    /// ## What it does
    /// Reports a handler whose decorator does not match its name: `@hook`
    /// on a `get_*` reducer, `@reducer` on an `on_*`/`after_*` hook, or
    /// `@prefetch` on a hook.
    ///
    /// ## Why
    /// Sym registers reducers and hooks by decorator and by name; when the
    /// two disagree the handler is not called where it was meant to be.
    ///
    /// ## Example
    /// ```python
    /// @hook
    /// def get_permissions(event):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_permissions(event):
    ///     ...
    /// ```
    pub struct DecoratorMismatch {
        code: "HDL001",
        name: "handler-decorator-mismatch",
        severity: Error,
        summary: "A handler's decorator does not match its name",
    }
}

impl Rule for DecoratorMismatch {
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
            let function = handler.function;
            let name = function.name.as_str();
            let is_reducer_name = name.starts_with("get_");
            let is_hook_name = name.starts_with("on_") || name.starts_with("after_");
            for (decorator, kind) in types.handler_decorators(function) {
                let message = match kind {
                    HandlerDecorator::Hook if is_reducer_name => {
                        format!("`{name}` is a reducer (get_*), but it is decorated with @hook")
                    }
                    HandlerDecorator::Reducer if is_hook_name => format!(
                        "`{name}` is a hook (on_*/after_*), but it is decorated with @reducer"
                    ),
                    HandlerDecorator::Prefetch if is_hook_name || names::is_reducer(name) => {
                        format!(
                            "`{name}` is named like a {}, but it is decorated with @prefetch",
                            if is_hook_name { "hook" } else { "reducer" }
                        )
                    }
                    _ => continue,
                };
                let wanted = if is_hook_name { "@hook" } else { "@reducer" };
                let diagnostic = cx.report(decorator.range(), message);
                diagnostic.help = Some(format!("decorate it with {wanted}"));
            }
        }
    }
}
