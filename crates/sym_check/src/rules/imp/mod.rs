//! `IMP`: imports outside Sym's allowlist.

mod import_not_allowed;
mod relative_import;

pub use import_not_allowed::ImportNotAllowed;
pub use relative_import::RelativeImport;

use crate::Profile;
use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[&ImportNotAllowed, &RelativeImport];

/// Whether `module` is an allowed module or a submodule of one.
pub(crate) fn module_allowed(profile: &Profile, module: &str) -> bool {
    profile.allowed_modules.iter().any(|allowed| {
        module
            .strip_prefix(allowed.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

/// Whether `from parent import name` names an allowed module although
/// `parent` itself is not allowed (`from sym import sdk`).
pub(crate) fn child_allowed(profile: &Profile, parent: &str, name: &str) -> bool {
    profile.allowed_modules.iter().any(|allowed| {
        allowed
            .strip_prefix(parent)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|child| child == name)
    })
}

/// The allowlist as prose: "sym.sdk, requests, json, datetime".
pub(crate) fn allowed_list(profile: &Profile) -> String {
    profile.allowed_modules.join(", ")
}
