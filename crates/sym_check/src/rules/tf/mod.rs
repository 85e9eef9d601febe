//! `TF1xx` rules that need the type engine, so they live here rather than
//! in `sym_terraform` with the other cross-checks: they run in the walk, and
//! only find anything when the file is checked with the flows running it
//! (see [`crate::check_parsed_with_fields`]).

mod prompt_field_type_misuse;

pub use prompt_field_type_misuse::PromptFieldTypeMisuse;

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[&PromptFieldTypeMisuse];
