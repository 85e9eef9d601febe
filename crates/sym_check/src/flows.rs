//! An impl.py checked in the context of the Terraform flows that run it.
//!
//! The rules of this crate look at the file alone; the `TF1xx` rules of
//! `sym_terraform` compare it with its flows (prompt fields, vars,
//! prefetch reducers). [`check_against_flows`] runs the latter under the
//! same selection and `# noqa` handling as the former, for `symlint` and
//! the language server alike.

use sym_syntax::{ParsedModule, SyntaxErrorKind};
use sym_terraform::{CrossCheck, Flow};

use crate::Settings;
use crate::types::PromptFields;

/// The `TF1xx` findings for an impl.py run by `flows`, sorted by position.
///
/// Both halves keep only the codes `settings` enables; the impl.py half
/// also honours the file's `# noqa` comments (the `.tf` half has none).
/// A file the parser refuses gets no cross-check: its syntax errors come
/// first, and a partial tree would give false findings. (Newer-Python
/// syntax and compile-step errors leave a whole tree, so the cross-check
/// runs.)
pub fn check_against_flows(
    parsed: &ParsedModule,
    settings: &Settings,
    flows: &[&Flow],
) -> CrossCheck {
    let tree_is_partial = parsed
        .errors()
        .iter()
        .any(|error| error.kind == SyntaxErrorKind::Parse);
    if flows.is_empty() || tree_is_partial {
        return CrossCheck::default();
    }
    let mut found = sym_terraform::cross_check(parsed, flows);
    found
        .impl_diagnostics
        .retain(|diagnostic| settings.is_enabled(diagnostic.code));
    crate::noqa::apply(parsed, settings, &mut found.impl_diagnostics);
    found.impl_diagnostics.sort_by(|a, b| {
        (a.range.start(), a.range.end(), a.code).cmp(&(b.range.start(), b.range.end(), b.code))
    });
    found
        .terraform_diagnostics
        .retain(|(_, diagnostic)| settings.is_enabled(diagnostic.code));
    found
}

/// What `event.payload.fields` holds for a file run by `flows` (`None`
/// when no flow runs it), for [`crate::check_parsed_with_fields`] and
/// [`crate::db::SourceFile::prompt_fields`].
pub fn prompt_fields(flows: &[&Flow]) -> Option<PromptFields> {
    (!flows.is_empty()).then(|| PromptFields::from_flows(flows))
}

/// An impl.py's full diagnostics with its flows: every rule of
/// [`crate::check_parsed`] (with `event.payload.fields` typed by the flows'
/// prompt fields) plus [`check_against_flows`], merged in position order,
/// and the findings located in `.tf` files.
pub fn check_parsed_with_flows(
    parsed: &ParsedModule,
    settings: &Settings,
    flows: &[&Flow],
) -> CrossCheck {
    let mut found = check_against_flows(parsed, settings, flows);
    let fields = prompt_fields(flows);
    let mut diagnostics = crate::check_parsed_with_fields(parsed, settings, fields.as_ref());
    diagnostics.append(&mut found.impl_diagnostics);
    diagnostics.sort_by(|a, b| {
        (a.range.start(), a.range.end(), a.code).cmp(&(b.range.start(), b.range.end(), b.code))
    });
    found.impl_diagnostics = diagnostics;
    found
}
