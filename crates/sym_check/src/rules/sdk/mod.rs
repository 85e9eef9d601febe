//! `SDK`: uses of the `sym.sdk` API checked against its descriptor.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
