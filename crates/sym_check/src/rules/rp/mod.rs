//! `RP`: what RestrictedPython 9.0's transformer refuses.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
