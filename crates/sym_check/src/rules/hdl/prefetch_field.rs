use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};
use crate::types::HandlerDecorator;

declare_rule! {
    /// ## What it does
    /// Checks `@prefetch`: it must be called with the name of the prompt
    /// field it fills, as a string literal: `@prefetch(field_name="targets")`.
    ///
    /// ## Why
    /// Sym reads the field name from the decorator to know which prompt
    /// field the handler fills. Bare `@prefetch` replaces the handler with
    /// the decorator's inner function, and a computed or empty name
    /// matches no field.
    ///
    /// ## Example
    /// ```python
    /// @prefetch
    /// def get_targets(event):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @prefetch(field_name="targets")
    /// def get_targets(event):
    ///     ...
    /// ```
    pub struct PrefetchField {
        code: "HDL007",
        name: "prefetch-field-name",
        severity: Error,
        summary: "@prefetch without a string-literal field_name",
    }
}

impl Rule for PrefetchField {
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
        for stmt in cx.parsed.body() {
            let sym_syntax::ast::Stmt::FunctionDef(function) = stmt else {
                continue;
            };
            for (decorator, kind) in types.handler_decorators(function) {
                if kind != HandlerDecorator::Prefetch {
                    continue;
                }
                let Expr::Call(call) = &decorator.expression else {
                    let diagnostic = cx.report(
                        decorator.range(),
                        "@prefetch needs the name of the prompt field it fills",
                    );
                    diagnostic.help = Some("write `@prefetch(field_name=\"...\")`".to_string());
                    continue;
                };
                let args = &call.arguments;
                let field = args
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "field_name"))
                    .map(|k| &k.value)
                    .or_else(|| args.args.first());
                match field {
                    None => {
                        if args.keywords.iter().any(|k| k.arg.is_none())
                            || args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                        {
                            continue;
                        }
                        let diagnostic = cx.report(
                            decorator.range(),
                            "@prefetch is missing `field_name`, the prompt field it fills",
                        );
                        diagnostic.help = Some("write `@prefetch(field_name=\"...\")`".to_string());
                    }
                    Some(Expr::StringLiteral(name)) => {
                        if name.value.to_str().trim().is_empty() {
                            cx.report(name.range(), "@prefetch's `field_name` is empty");
                        }
                    }
                    Some(other) => {
                        let diagnostic = cx.report(
                            other.range(),
                            "@prefetch's `field_name` must be a string literal",
                        );
                        diagnostic.help = Some(
                            "Sym reads the field name without running the code: write the name itself, e.g. \"targets\""
                                .to_string(),
                        );
                    }
                }
            }
        }
    }
}
