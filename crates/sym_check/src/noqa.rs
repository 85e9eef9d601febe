//! `# noqa` suppression comments, as ruff reads them.

use sym_diagnostics::Diagnostic;
use sym_syntax::ParsedModule;

use crate::Settings;

/// Removes the diagnostics suppressed by a `# noqa` comment on their line.
pub fn apply(_parsed: &ParsedModule, _settings: &Settings, _diagnostics: &mut Vec<Diagnostic>) {}
