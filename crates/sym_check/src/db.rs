//! The incremental database shared by the CLI and the language server.
//!
//! Inputs are files (path and text), the settings that apply to them and
//! the prompt fields of the Terraform flows running them; parsing and
//! checking are tracked functions, so the language server re-checks only
//! what an edit changed.
//!
//! [`check_file`] parses on its own and keeps only the diagnostics: a
//! command-line run checks thousands of files once each, and keeping every
//! tree in the database cost more (in fresh memory pages) than parsing
//! takes. Features that need the tree afterwards (the Terraform
//! cross-check, hover) ask [`parsed_module`], which keeps it.

use std::sync::Arc;

use sym_diagnostics::Diagnostic;
use sym_syntax::ParsedModule;

use crate::Settings;
use crate::types::PromptFields;

/// A source file: its path as the user names it, its text and the settings
/// that apply to it.
#[salsa::input(debug)]
pub struct SourceFile {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: Arc<str>,
    #[returns(ref)]
    pub settings: Arc<Settings>,
    /// The prompt fields of the flows running the file, `None` when no
    /// flow is known to. Optional in `SourceFile::new`; give it with
    /// `SourceFile::builder(path, text, settings).prompt_fields(...)`, or
    /// change it with `set_prompt_fields` when the Terraform changes.
    #[default]
    #[returns(ref)]
    pub prompt_fields: Option<Arc<PromptFields>>,
}

/// The database trait that tracked functions take.
#[salsa::db]
pub trait Db: salsa::Database {}

/// The concrete database.
#[salsa::db]
#[derive(Clone, Default)]
pub struct CheckDatabase {
    storage: salsa::Storage<Self>,
}

#[salsa::db]
impl salsa::Database for CheckDatabase {}

#[salsa::db]
impl Db for CheckDatabase {}

/// The file's tree and syntax errors.
#[salsa::tracked(returns(ref), no_eq)]
pub fn parsed_module(db: &dyn Db, file: SourceFile) -> Arc<ParsedModule> {
    Arc::new(sym_syntax::parse_arc(file.text(db).clone()))
}

/// Every diagnostic of the file, sorted by position. Parses the text
/// itself, without keeping the tree (see the module docs).
#[salsa::tracked(returns(ref))]
pub fn check_file(db: &dyn Db, file: SourceFile) -> Arc<Vec<Diagnostic>> {
    let parsed = sym_syntax::parse_arc(file.text(db).clone());
    Arc::new(crate::check_parsed_with_fields(
        &parsed,
        file.settings(db),
        file.prompt_fields(db).as_deref(),
    ))
}
