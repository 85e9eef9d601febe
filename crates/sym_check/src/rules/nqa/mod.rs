//! `NQA`: problems with `# noqa` comments themselves.

mod unknown_noqa_code;

pub use unknown_noqa_code::UnknownNoqaCode;

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[&UnknownNoqaCode];
