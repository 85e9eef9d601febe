//! Every rule, one file each, and the registry.
//!
//! Families (select them by prefix): `SYN` syntax and compile-step errors,
//! `RP` what RestrictedPython 9.0 refuses, `IMP` imports outside the
//! allowlist, `RT` what RestrictedPython accepts but fails when Sym runs it,
//! `HDL` handlers, `SDK` uses of the SDK, `NQA` `# noqa` comments. `SYN`, `RP` and `IMP` are always
//! errors: a file with one is refused by Sym.
//!
//! Each family's `mod.rs` lists its rules in `RULES`; this registry only
//! concatenates them.
//!
//! The Terraform rules (`TF0xx` about `.tf` files, `TF1xx` comparing an
//! impl.py with its flows) live in `sym_terraform` and do not run in the
//! walk, except those needing the type engine (`tf`, e.g. `TF107`), which
//! run in the walk and find something only when the file is checked with
//! its flows; [`all_infos`] adds them to these so that selection, `# noqa`,
//! `symlint rule` and SARIF know every code symlint can report.

pub mod hdl;
pub mod imp;
pub mod nqa;
pub mod rp;
pub mod rt;
pub mod sdk;
pub mod syn;
pub mod tf;

use std::sync::OnceLock;

use crate::rule::{Rule, RuleInfo};

/// Every rule, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut rules: Vec<&'static dyn Rule> = [
            syn::RULES,
            rp::RULES,
            imp::RULES,
            rt::RULES,
            hdl::RULES,
            sdk::RULES,
            nqa::RULES,
            tf::RULES,
        ]
        .concat();
        rules.sort_by_key(|rule| rule.info().code);
        rules
    })
}

/// The rule with this exact code.
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|rule| rule.info().code == code)
}

/// Every rule's metadata, in code order.
pub fn infos() -> impl Iterator<Item = &'static RuleInfo> {
    all().iter().map(|rule| rule.info())
}

/// Every code symlint can report, in code order: the rules of this crate
/// and the Terraform rules of `sym_terraform` (which run only when an
/// impl.py is checked with its flows, see [`crate::flows`]).
pub fn all_infos() -> impl Iterator<Item = &'static RuleInfo> {
    static ALL: OnceLock<Vec<RuleInfo>> = OnceLock::new();
    ALL.get_or_init(|| {
        let terraform = sym_terraform::rules::RULES.iter().map(|info| RuleInfo {
            code: info.code,
            name: info.name,
            severity: info.severity,
            summary: info.summary,
            doc: info.doc,
        });
        let mut infos: Vec<RuleInfo> = infos().copied().chain(terraform).collect();
        infos.sort_by_key(|info| info.code);
        infos
    })
    .iter()
}

/// The metadata of the rule with this exact code, Terraform rules included.
pub fn info_by_code(code: &str) -> Option<&'static RuleInfo> {
    all_infos().find(|info| info.code == code)
}
