//! `RT`: code RestrictedPython accepts but that fails when Sym runs it.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
