//! `HDL`: handlers (reducers, hooks, prefetch) as Sym calls them.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
