use sym_syntax::Ranged;

use super::file_handlers;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a handler that cannot be called with exactly one positional
    /// argument, the event: no parameter at all, or more than one parameter
    /// without a default.
    ///
    /// ## Why
    /// Sym calls every handler as `handler(event)`; any other signature
    /// raises `TypeError` and the request fails.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_permissions():
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_permissions(event):
    ///     ...
    /// ```
    pub struct HandlerParameters {
        code: "HDL004",
        name: "handler-parameters",
        severity: Error,
        summary: "A handler that does not take exactly the event",
    }
}

impl Rule for HandlerParameters {
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
            let function = handler.function;
            let name = function.name.as_str();
            let p = &function.parameters;
            let positional: Vec<_> = p.posonlyargs.iter().chain(p.args.iter()).collect();
            if positional.is_empty() && p.vararg.is_none() {
                let diagnostic = cx.report(
                    p.range(),
                    format!("`{name}` takes no parameter, but Sym calls it with the event"),
                );
                diagnostic.help = Some(format!("write `def {name}(event):`"));
                continue;
            }
            let extra_required: Vec<&str> = positional
                .iter()
                .skip(1)
                .filter(|param| param.default.is_none())
                .map(|param| param.parameter.name.as_str())
                .chain(
                    p.kwonlyargs
                        .iter()
                        .filter(|param| param.default.is_none())
                        .map(|param| param.parameter.name.as_str()),
                )
                .collect();
            if !extra_required.is_empty() {
                let list = extra_required
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let diagnostic = cx.report(
                    p.range(),
                    format!(
                        "`{name}` requires {list} besides the event, but Sym passes only the event"
                    ),
                );
                diagnostic.help = Some(format!("write `def {name}(event):`"));
            }
        }
    }
}
