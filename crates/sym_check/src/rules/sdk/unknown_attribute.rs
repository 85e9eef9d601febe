use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::{Ty, is_sdk_path, last};

declare_rule! {
    /// ## What it does
    /// Reports an attribute that an SDK object, class or module does not
    /// have, such as `event.usr` or `event.user.mail`, and suggests the
    /// closest one. The type of each value is followed from the handler's
    /// event parameter through locals, helpers and attribute chains.
    ///
    /// ## Why
    /// Under Sym's guards a missing attribute reads as `None` instead of
    /// failing, so the handler goes on with a wrong value (no user, no
    /// channel) and fails later, far from the typo, or silently misroutes.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     email = event.user.mail
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     email = event.user.email
    /// ```
    pub struct UnknownSdkAttribute {
        code: "SDK003",
        name: "unknown-sdk-attribute",
        severity: Error,
        summary: "An attribute the SDK object, class or module does not have",
    }
}

impl Rule for UnknownSdkAttribute {
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
        let sdk = sym_sdk::sdk();
        let types = cx.types();
        let base = types.type_of(&attribute.value);
        let (subject, candidates): (String, Vec<&str>) = match &base {
            Ty::Module(path) if is_sdk_path(path) => {
                if crate::types::remembered_flag('m', path, name, || sdk.module_has(path, name)) {
                    return;
                }
                (format!("module `{path}`"), sdk.module_names(path))
            }
            Ty::Instance(_) | Ty::ClassObject(_) | Ty::StepEvent(_) => {
                let path = match &base {
                    Ty::StepEvent(_) => "sym.sdk.event.Event",
                    Ty::Instance(path) | Ty::ClassObject(path) => &**path,
                    _ => return,
                };
                // Asked for most attribute reads: the answer is remembered.
                let known = crate::types::remembered_flag('a', path, name, || {
                    !checkable_class(path) || sdk.class_member(path, name).is_some()
                });
                if known {
                    return;
                }
                // Enum members and template steps have rules of their own.
                let is_class_object = matches!(base, Ty::ClassObject(_));
                if is_class_object
                    && (sdk.class(path).is_some_and(|c| c.is_enum)
                        || sdk.is_subclass(path, "sym.sdk.templates.template.Template"))
                {
                    return;
                }
                let what = if is_class_object {
                    format!("class `{}`", last(path))
                } else {
                    format!("`{}` object", last(path))
                };
                (what, sdk.class_member_names(path))
            }
            Ty::Union(members) => {
                // Every possible type must lack it (None aside; SDK010 covers None).
                let classes: Vec<&str> = members
                    .iter()
                    .filter(|m| **m != Ty::None)
                    .map(|m| match m {
                        Ty::Instance(path) if checkable_class(path) => Some(&**path),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()
                    .unwrap_or_default();
                if classes.is_empty() || classes.iter().any(|c| sdk.class_member(c, name).is_some())
                {
                    return;
                }
                let names = classes
                    .iter()
                    .map(|c| format!("`{}`", last(c)))
                    .collect::<Vec<_>>()
                    .join(" or ");
                let mut candidates = Vec::new();
                for class in &classes {
                    candidates.extend(sdk.class_member_names(class));
                }
                (format!("{names} object"), candidates)
            }
            _ => return,
        };
        let diagnostic = cx.report(
            attribute.attr.range(),
            format!("{subject} has no attribute `{name}`"),
        );
        if let Some(suggestion) = sym_sdk::did_you_mean(name, candidates) {
            diagnostic.help = Some(format!("did you mean `{suggestion}`?"));
        } else if let Some(path) = one_hop(base, name) {
            // e.g. `event.fields` for `event.payload.fields`.
            diagnostic.help = Some(format!("did you mean `{path}.{name}`?"));
        }
    }
}

/// Whether the stubs list every member of the class: SDK classes that are
/// not enums (which are also strings) and whose bases are all described.
fn checkable_class(path: &str) -> bool {
    let sdk = sym_sdk::sdk();
    is_sdk_path(path) && sdk.class(path).is_some_and(|c| !c.is_enum) && !sdk.has_external_base(path)
}

/// An attribute of the object whose own class has `name` (one level down).
fn one_hop(base: &Ty, name: &str) -> Option<String> {
    let Ty::Instance(path) = base else {
        return None;
    };
    let sdk = sym_sdk::sdk();
    for class in sdk.ancestors(path) {
        for attribute in &class.attributes {
            if let sym_sdk::Type::Class(inner) = &attribute.ty
                && sdk.class(inner).is_some()
                && sdk.class_member(inner, name).is_some()
            {
                return Some(attribute.name.clone());
            }
        }
    }
    None
}
