//! `IMP`: imports outside Sym's allowlist.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
