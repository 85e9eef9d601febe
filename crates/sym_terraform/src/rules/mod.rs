//! The Terraform rules: `TF0xx` are findings about the `.tf` files alone,
//! `TF1xx` compare an impl.py with the flows that run it.
//!
//! `sym_check`'s `declare_rule!` lives in a crate that does not depend on
//! this one, so the rules here use [`declare_tf_rule!`], which produces the
//! same metadata ([`TfRuleInfo`]: code, name, severity, summary, doc). To
//! list them in `symlint rule`, iterate [`RULES`] and use
//! [`TfRuleInfo::doc_text`] / [`TfRuleInfo::meta`].

use sym_diagnostics::{Diagnostic, RuleMeta, Severity};
use sym_syntax::TextRange;

/// A Terraform rule's stable identity and documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TfRuleInfo {
    /// Stable code, e.g. `TF001`. Never reused for another meaning.
    pub code: &'static str,
    /// kebab-case name.
    pub name: &'static str,
    pub severity: Severity,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// The doc comment of the rule (what, why, example, instead), one
    /// `#[doc]` line per line.
    pub doc: &'static str,
}

impl TfRuleInfo {
    /// The documentation with the one space rustdoc keeps after `///` removed.
    pub fn doc_text(&self) -> String {
        let mut text = String::new();
        for line in self.doc.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text.trim().to_string() + "\n"
    }

    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            code: self.code,
            name: self.name,
            summary: self.summary,
            doc: self.doc,
        }
    }

    /// A finding of this rule.
    pub fn diagnostic(&self, range: TextRange, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.severity, range, message)
    }
}

/// Declares a rule type whose doc comment becomes its [`TfRuleInfo::doc`].
macro_rules! declare_tf_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $rule:ident {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $rule;

        impl $rule {
            pub const INFO: $crate::rules::TfRuleInfo = $crate::rules::TfRuleInfo {
                code: $code,
                name: $name,
                severity: ::sym_diagnostics::Severity::$severity,
                summary: $summary,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
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
