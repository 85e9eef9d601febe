use super::{HandlerKind, file_handlers};
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};
use crate::types::Ty;

declare_rule! {
    /// ## What it does
    /// Checks what each handler returns, on every path, against what Sym
    /// expects: `get_permissions` a `RequestPermission`;
    /// `get_request_notifications` a list of `Notification`; the legacy
    /// `get_approvers` a request destination or `slack.fallback(...)`;
    /// `on_*` hooks `None` or the event of a template step
    /// (`ApprovalTemplate.approve()`, `Template.ignore()`, ...); `after_*`
    /// hooks `None`; `@prefetch` handlers a list of `FieldOption`. Only
    /// values whose type is known are checked.
    ///
    /// ## Why
    /// Sym refuses a value of the wrong kind after the handler ran, and the
    /// request fails or is routed nowhere.
    ///
    /// ## Example
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     return Notification(destinations=[slack.channel("#ops")])
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// @reducer
    /// def get_request_notifications(event):
    ///     return [Notification(destinations=[slack.channel("#ops")])]
    /// ```
    pub struct ReturnType {
        code: "HDL008",
        name: "handler-return-type",
        severity: Error,
        summary: "A handler returns a value Sym does not expect",
    }
}

impl Rule for ReturnType {
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
            let name = handler.function.name.as_str();
            let Some(sites) = types.returns.get(name) else {
                continue;
            };
            for site in sites.iter().filter(|s| !s.implicit) {
                if !is_wrong(kind, &site.ty) {
                    continue;
                }
                let range = site.value.unwrap_or(site.range);
                let diagnostic = cx.report(
                    range,
                    format!(
                        "`{name}` must return {}, but this returns {}",
                        expected(kind),
                        site.ty.describe()
                    ),
                );
                if let Some(help) = help(kind, &site.ty) {
                    diagnostic.help = Some(help);
                }
            }
        }
    }
}

pub(crate) fn expected(kind: HandlerKind) -> &'static str {
    match kind {
        HandlerKind::Permissions => "a RequestPermission",
        HandlerKind::Notifications => "a list of Notification",
        HandlerKind::Approvers => {
            "a request destination (slack.channel(...), slack.user(...), slack.fallback(...))"
        }
        HandlerKind::OnHook => "None or a template step's event (e.g. ApprovalTemplate.approve())",
        HandlerKind::AfterHook => "None",
        HandlerKind::Prefetch => "a list of FieldOption",
    }
}

fn help(kind: HandlerKind, ty: &Ty) -> Option<String> {
    let sdk = sym_sdk::sdk();
    match (kind, ty) {
        (HandlerKind::Notifications, Ty::Instance(path))
            if sdk.is_subclass(path, "sym.sdk.notifications.Notification") =>
        {
            Some("wrap it in a list: `return [Notification(...)]`".into())
        }
        (HandlerKind::Prefetch, Ty::Instance(path))
            if sdk.is_subclass(path, "sym.sdk.forms.FieldOption") =>
        {
            Some("wrap it in a list: `return [FieldOption(...)]`".into())
        }
        (HandlerKind::AfterHook, Ty::StepEvent(_)) => Some(
            "after_* hooks run once the step is done and cannot change it; return the event from an on_* hook instead".into(),
        ),
        (_, Ty::LocalFunction(_) | Ty::Function(_) | Ty::ClassObject(_) | Ty::Method(_)) => {
            Some("did you forget to call it?".into())
        }
        _ => None,
    }
}

/// Whether a returned type is certainly not what the handler must return.
fn is_wrong(kind: HandlerKind, ty: &Ty) -> bool {
    if ty.has_unknown() {
        return false;
    }
    ty.members().iter().any(|member| !member_ok(kind, member))
}

fn member_ok(kind: HandlerKind, ty: &Ty) -> bool {
    let sdk = sym_sdk::sdk();
    let instance_of = |ty: &Ty, base: &str| match ty {
        Ty::Instance(path) => sdk.is_subclass(path, base),
        Ty::Unknown => true,
        _ => false,
    };
    let list_of = |ty: &Ty, base: &str| match ty {
        Ty::List(elem) => elem.members().iter().all(|m| instance_of(m, base)),
        Ty::Tuple(elems) => elems
            .iter()
            .all(|e| e.members().iter().all(|m| instance_of(m, base))),
        Ty::Unknown => true,
        _ => false,
    };
    match kind {
        HandlerKind::Permissions => instance_of(ty, "sym.sdk.request_permission.RequestPermission"),
        HandlerKind::Notifications => list_of(ty, "sym.sdk.notifications.Notification"),
        HandlerKind::Approvers => {
            let destination = |t: &Ty| {
                instance_of(t, "sym.sdk.request_destination.RequestDestination")
                    || instance_of(t, "sym.sdk.request_destination.RequestDestinationFallback")
                    || instance_of(t, "sym.sdk.user.User")
            };
            destination(ty)
                || matches!(ty, Ty::List(elem) if elem.members().iter().all(destination))
        }
        HandlerKind::OnHook => {
            matches!(ty, Ty::None | Ty::StepEvent(_)) || instance_of(ty, "sym.sdk.event.Event")
        }
        HandlerKind::AfterHook => matches!(ty, Ty::None),
        HandlerKind::Prefetch => list_of(ty, "sym.sdk.forms.FieldOption"),
    }
}
