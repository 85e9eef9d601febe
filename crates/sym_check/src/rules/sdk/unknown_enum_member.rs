use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::{Ty, is_sdk_path, last};

declare_rule! {
    /// ## What it does
    /// Reports a member that an SDK enum does not have, such as
    /// `PermissionLevel.OWNER`, and lists the members it does have.
    ///
    /// ## Why
    /// Reading a member that does not exist gives `None` under Sym's
    /// guards, and the model that receives it then refuses it at run time.
    ///
    /// ## Example
    /// ```python
    /// RequestPermission(webapp_view=PermissionLevel.OWNER, approve_deny=PermissionLevel.ADMIN)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)
    /// ```
    pub struct UnknownEnumMember {
        code: "SDK007",
        name: "unknown-enum-member",
        severity: Error,
        summary: "A member an SDK enum does not have",
    }
}

impl Rule for UnknownEnumMember {
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
        let Some(class) = sdk.class(path) else {
            return;
        };
        if !class.is_enum || !is_sdk_path(path) || sdk.class_member(path, name).is_some() {
            return;
        }
        let members: Vec<&str> = class.members.iter().map(|m| m.name.as_str()).collect();
        let diagnostic = cx.report(
            attribute.attr.range(),
            format!("`{}` has no member `{name}`", last(path)),
        );
        diagnostic.help = Some(match sym_sdk::did_you_mean(name, members.iter().copied()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!("its members are {}", members.join(", ")),
        });
    }
}
