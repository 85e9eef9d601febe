//! The Terraform rules: `TF0xx` are findings about the `.tf` files alone,
//! `TF1xx` compare an impl.py with the flows that run it.
//!
//! Each rule is declared with `sym_diagnostics::declare_rule!`, as the
//! Python rules are, so its metadata ([`TfRuleInfo`], the shared
//! `RuleInfo`: code, name, severity, summary, doc) is listed by `symlint
//! rule` like any other.

/// A Terraform rule's identity and documentation: the same metadata as
/// every other rule family's.
pub type TfRuleInfo = sym_diagnostics::RuleInfo;

/// The Terraform rules are declared like every other rule (a local name so
/// that the rule modules below see it).
macro_rules! declare_tf_rule {
    ($($rule:tt)*) => { ::sym_diagnostics::declare_rule! { $($rule)* } };
}

mod child_tfvars_ignored;
mod cross_type_comparison;
mod default_not_allowed;
mod duplicate_flow_name;
mod duplicate_prompt_field;
mod hcl_syntax_error;
mod implementation_missing;
mod implementation_unresolved;
mod module_not_followed;
mod module_not_found;
mod not_applicable_attribute;
mod prefetch_without_reducer;
mod prompt_field_without_name;
mod reducer_for_unknown_field;
mod undeclared_flow_var;
mod undeclared_prompt_field;
mod undeclared_reference;
mod undeclared_tfvars_variable;
mod unexpected_shape;
mod unknown_field_type;
mod unreadable_file;
mod unresolved_sym_reference;
mod value_not_allowed;

pub use child_tfvars_ignored::ChildTfvarsIgnored;
pub use cross_type_comparison::CrossTypeComparison;
pub use default_not_allowed::DefaultNotAllowed;
pub use duplicate_flow_name::DuplicateFlowName;
pub use duplicate_prompt_field::DuplicatePromptField;
pub use hcl_syntax_error::HclSyntaxError;
pub use implementation_missing::ImplementationMissing;
pub use implementation_unresolved::ImplementationUnresolved;
pub use module_not_followed::ModuleNotFollowed;
pub use module_not_found::ModuleNotFound;
pub use not_applicable_attribute::NotApplicableAttribute;
pub use prefetch_without_reducer::PrefetchWithoutReducer;
pub use prompt_field_without_name::PromptFieldWithoutName;
pub use reducer_for_unknown_field::ReducerForUnknownField;
pub use undeclared_flow_var::UndeclaredFlowVar;
pub use undeclared_prompt_field::UndeclaredPromptField;
pub use undeclared_reference::UndeclaredReference;
pub use undeclared_tfvars_variable::UndeclaredTfvarsVariable;
pub use unexpected_shape::UnexpectedShape;
pub use unknown_field_type::UnknownFieldType;
pub use unreadable_file::UnreadableFile;
pub use unresolved_sym_reference::UnresolvedSymReference;
pub use value_not_allowed::ValueNotAllowed;

/// Every Terraform rule, in code order.
pub const RULES: &[&TfRuleInfo] = &[
    &HclSyntaxError::INFO,
    &UnreadableFile::INFO,
    &UnexpectedShape::INFO,
    &UnknownFieldType::INFO,
    &PromptFieldWithoutName::INFO,
    &DuplicatePromptField::INFO,
    &DuplicateFlowName::INFO,
    &ImplementationUnresolved::INFO,
    &ImplementationMissing::INFO,
    &UndeclaredReference::INFO,
    &UnresolvedSymReference::INFO,
    &ModuleNotFound::INFO,
    &ModuleNotFollowed::INFO,
    &ChildTfvarsIgnored::INFO,
    &DefaultNotAllowed::INFO,
    &UndeclaredTfvarsVariable::INFO,
    &NotApplicableAttribute::INFO,
    &UndeclaredFlowVar::INFO,
    &UndeclaredPromptField::INFO,
    &ValueNotAllowed::INFO,
    &CrossTypeComparison::INFO,
    &PrefetchWithoutReducer::INFO,
    &ReducerForUnknownField::INFO,
];

/// The rule with this code, if it is a Terraform rule.
pub fn rule(code: &str) -> Option<&'static TfRuleInfo> {
    RULES.iter().copied().find(|info| info.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_documented() {
        let mut previous = "";
        for info in RULES {
            assert!(info.code > previous, "{} out of order", info.code);
            previous = info.code;
            let doc = info.doc_text();
            for section in ["## What it does", "## Why", "## Example", "## Instead"] {
                assert!(doc.contains(section), "{} lacks {section}", info.code);
            }
        }
        assert_eq!(
            rule("TF102").map(|info| info.name),
            Some("undeclared-prompt-field")
        );
    }
}
