//! Which rules run and how: selection by code or prefix, and the profile.

use crate::Profile;

/// The resolved settings for checking one file.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Settings {
    /// Codes or prefixes to enable; empty means every rule.
    pub select: Vec<String>,
    /// Codes or prefixes added to `select`.
    pub extend_select: Vec<String>,
    /// Codes or prefixes to disable; wins over `select` when more specific
    /// or equally specific.
    pub ignore: Vec<String>,
    pub profile: Profile,
}

impl Settings {
    /// Whether the rule `code` runs, as ruff decides it: the most specific
    /// matching selector wins; on a tie, `ignore` wins.
    pub fn is_enabled(&self, code: &str) -> bool {
        let longest = |selectors: &[String]| {
            selectors
                .iter()
                .filter(|selector| {
                    selector.as_str() == "ALL" || code.starts_with(selector.as_str())
                })
                .map(|selector| if selector == "ALL" { 0 } else { selector.len() })
                .max()
        };
        let selected = if self.select.is_empty() {
            Some(0)
        } else {
            longest(&self.select)
        };
        let selected = match (selected, longest(&self.extend_select)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        match (selected, longest(&self.ignore)) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(selected), Some(ignored)) => selected > ignored,
        }
    }
}
