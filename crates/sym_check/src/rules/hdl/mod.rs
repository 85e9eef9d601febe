//! `HDL`: handlers (reducers, hooks, prefetch) as Sym calls them.
//!
//! A handler is a module-level function with `@reducer`, `@hook` or
//! `@prefetch(...)`, or one named like a handler Sym knows
//! (`get_permissions`, `on_approve`, ...).

mod approvers_and_permissions;
mod decorator_mismatch;
mod handler_parameters;
mod implicit_none;
mod missing_decorator;
mod missing_permissions;
mod prefetch_field;
mod return_type;
mod unknown_handler;

pub use approvers_and_permissions::ApproversAndPermissions;
pub use decorator_mismatch::DecoratorMismatch;
pub use handler_parameters::HandlerParameters;
pub use implicit_none::ImplicitNone;
pub use missing_decorator::MissingDecorator;
pub use missing_permissions::MissingPermissions;
pub use prefetch_field::PrefetchField;
pub use return_type::ReturnType;
pub use unknown_handler::UnknownHandler;

use sym_syntax::ast::{Stmt, StmtFunctionDef};

use crate::rule::{Context, Rule};
use crate::types::{FileTypes, HandlerDecorator, names};

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &DecoratorMismatch,
    &MissingDecorator,
    &UnknownHandler,
    &HandlerParameters,
    &MissingPermissions,
    &ApproversAndPermissions,
    &PrefetchField,
    &ReturnType,
    &ImplicitNone,
];

/// What Sym expects a handler to return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HandlerKind {
    /// get_permissions: a RequestPermission.
    Permissions,
    /// get_request_notifications: a list of Notification.
    Notifications,
    /// get_approvers (legacy): a request destination or a fallback.
    Approvers,
    /// on_*: None, or the event of a template step.
    OnHook,
    /// after_*: None.
    AfterHook,
    /// @prefetch: a list of FieldOption.
    Prefetch,
}

/// A module-level function that is a handler, with its kind when known.
pub(crate) struct Handler<'a> {
    pub function: &'a StmtFunctionDef,
    pub decorators: Vec<HandlerDecorator>,
    pub kind: Option<HandlerKind>,
}

/// A handler as cached: its index in the module body.
#[derive(Clone, Debug)]
pub(crate) struct HandlerEntry {
    index: usize,
    decorators: Vec<HandlerDecorator>,
    kind: Option<HandlerKind>,
}

/// The file's handlers, in source order.
fn find_handlers(body: &[Stmt], types: &FileTypes) -> Vec<HandlerEntry> {
    let mut out = Vec::new();
    let sym_file = imports_sym(body);
    for (index, stmt) in body.iter().enumerate() {
        let Stmt::FunctionDef(function) = stmt else {
            continue;
        };
        let decorators: Vec<HandlerDecorator> = types
            .handler_decorators(function)
            .map(|(_, kind)| kind)
            .collect();
        let name = function.name.as_str();
        let known = names::is_reducer(name) || names::is_hook(name);
        if decorators.is_empty() && !(known && sym_file) {
            continue;
        }
        let kind = if decorators.contains(&HandlerDecorator::Prefetch) {
            Some(HandlerKind::Prefetch)
        } else {
            match name {
                "get_permissions" => Some(HandlerKind::Permissions),
                "get_request_notifications" => Some(HandlerKind::Notifications),
                "get_approvers" => Some(HandlerKind::Approvers),
                _ if names::is_hook(name) && name.starts_with("on_") => Some(HandlerKind::OnHook),
                _ if names::is_hook(name) => Some(HandlerKind::AfterHook),
                _ => None,
            }
        };
        out.push(HandlerEntry {
            index,
            decorators,
            kind,
        });
    }
    out
}

/// The handlers of the file being checked.
pub(crate) fn file_handlers<'a>(cx: &Context<'a>) -> Vec<Handler<'a>> {
    let types = cx.types();
    let body = cx.parsed.body();
    let entries = types
        .handler_cache
        .get_or_init(|| find_handlers(body, &types));
    entries
        .iter()
        .filter_map(|entry| match body.get(entry.index) {
            Some(Stmt::FunctionDef(function)) => Some(Handler {
                function,
                decorators: entry.decorators.clone(),
                kind: entry.kind,
            }),
            _ => None,
        })
        .collect()
}

/// Whether the file imports from `sym`. Plain Python that merely has a
/// function called `on_request` is not a Sym implementation: its
/// undecorated functions are not taken for handlers.
fn imports_sym(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Import(import) => import
            .names
            .iter()
            .any(|alias| alias.name.as_str() == "sym" || alias.name.starts_with("sym.")),
        Stmt::ImportFrom(import) => import
            .module
            .as_ref()
            .is_some_and(|m| m.as_str() == "sym" || m.starts_with("sym.")),
        _ => false,
    })
}
