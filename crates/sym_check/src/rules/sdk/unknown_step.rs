use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::{Ty, last};

declare_rule! {
    /// ## What it does
    /// Reports a template step that does not exist, such as
    /// `ApprovalTemplate.accept()`, and lists the steps the template has.
    ///
    /// ## Why
    /// An `on_*` hook changes what happens next by returning the event of
    /// a step; a step that does not exist reads as `None`, calling it
    /// fails, and the hook breaks the request.
    ///
    /// ## Example
    /// ```python
    /// @hook
    /// def on_request(event):
    ///     return ApprovalTemplate.accept()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @hook
    /// def on_request(event):
    ///     return ApprovalTemplate.approve()
    /// ```
    pub struct UnknownTemplateStep {
        code: "SDK008",
        name: "unknown-template-step",
        severity: Error,
        summary: "A template step that does not exist",
    }
}

impl Rule for UnknownTemplateStep {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::ATTRIBUTE
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Attribute(attribute) = expr else {
            return;
        };
        let name = attribute.attr.as_str();
        if !attribute.ctx.is_load() || name.starts_with('_') {
            return;
        }
        let types = cx.types();
        let Ty::ClassObject(path) = types.type_of(&attribute.value) else {
            return;
        };
        let sdk = sym_sdk::sdk();
        let unknown_step = crate::types::remembered_flag('s', path, name, || {
            sdk.is_subclass(path, "sym.sdk.templates.template.Template")
                && sdk.class_member(path, name).is_none()
        });
        if !unknown_step {
            return;
        }
        let steps: Vec<&str> = sdk
            .ancestors(path)
            .iter()
            .flat_map(|class| class.methods.iter())
            .filter(|m| m.kind == sym_sdk::FunctionKind::ClassMethod)
            .map(|m| m.name.as_str())
            .collect();
        let diagnostic = cx.report(
            attribute.attr.range(),
            format!("`{}` has no step `{name}`", last(path)),
        );
        diagnostic.help = Some(match sym_sdk::did_you_mean(name, steps.iter().copied()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!("its steps are {}", steps.join(", ")),
        });
    }
}
