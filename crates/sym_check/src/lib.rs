//! Every static check of an impl.py, on one incremental database.
//!
//! - [`Profile`]: the restricted subset as data (allowed imports, builtins).
//! - [`rule`]: the `Rule` trait, rule metadata and the per-node [`Context`].
//! - [`rules`]: one file per rule, grouped by code family
//!   (`SYN`, `RP`, `IMP`, `RT`, ...), and the registry of all of them.
//! - [`semantic`]: the scope model (scopes, bindings, name resolution),
//!   built once per file and offered to rules by [`Context::semantic`].
//! - [`walk`]: the single walk over a file's tree that asks each enabled
//!   rule about each node.
//! - [`db`]: the salsa database shared by the CLI and the language server.
//! - [`noqa`] and [`settings`]: which diagnostics the user wants to see.
//! - [`source`]: a file's bytes to text (UTF-8 or a `SYN001`).
//! - [`flows`]: the `TF1xx` cross-checks of an impl.py against the
//!   Terraform flows that run it, under the same selection and `# noqa`.

pub mod config;
pub mod db;
pub mod flows;
pub mod noqa;
pub mod profile;
pub mod rule;
pub mod rules;
pub mod semantic;
pub mod settings;
pub mod source;
pub mod suggest;
pub mod types;
pub mod walk;

pub use config::{Config, ConfigError, ConfigResolver, RuleSelection};
pub use db::{CheckDatabase, Db, SourceFile};
pub use profile::Profile;
pub use rule::{Context, Rule, RuleInfo};
pub use settings::Settings;
pub use source::{CheckedSource, DecodedSource, check_bytes};
pub use sym_diagnostics::declare_rule;

use sym_diagnostics::Diagnostic;
use sym_syntax::ParsedModule;

/// Checks one parsed file with the given settings: runs every enabled rule,
/// applies `# noqa` comments and sorts the result by position.
pub fn check_parsed(parsed: &ParsedModule, settings: &Settings) -> Vec<Diagnostic> {
    check_parsed_with_fields(parsed, settings, None)
}

/// [`check_parsed`] for a file run by Terraform flows: `event.payload.fields`
/// has the types of their prompt fields (see [`types::PromptFields`]), for
/// the SDK rules and `TF107`. A file the parser refuses is typed without
/// them: a partial tree may miss the statement that changes a field.
pub fn check_parsed_with_fields(
    parsed: &ParsedModule,
    settings: &Settings,
    prompt_fields: Option<&types::PromptFields>,
) -> Vec<Diagnostic> {
    let tree_is_partial = parsed
        .errors()
        .iter()
        .any(|error| error.kind == sym_syntax::SyntaxErrorKind::Parse);
    let prompt_fields = prompt_fields.filter(|_| !tree_is_partial);
    let mut diagnostics = walk::run_rules_with_fields(parsed, settings, prompt_fields);
    noqa::apply(parsed, settings, &mut diagnostics);
    diagnostics.sort_by(|a, b| {
        (a.range.start(), a.range.end(), a.code).cmp(&(b.range.start(), b.range.end(), b.code))
    });
    diagnostics
}

/// Whether a file is refused by Sym: any `SYN`, `RP` or `IMP` diagnostic.
/// This must equal RestrictedPython 9.0 + the import allowlist.
pub fn is_rejecting(code: &str) -> bool {
    code.starts_with("SYN") || code.starts_with("RP") || code.starts_with("IMP")
}
