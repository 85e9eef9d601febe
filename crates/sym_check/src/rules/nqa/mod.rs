//! `NQA`: problems with `# noqa` comments themselves.

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
