//! The `symlint` and `symc` front ends: argument parsing and output, nothing
//! more. Checking lives in `sym_check`, rendering in `sym_diagnostics`.
//!
//! [`symlint_main`] is the whole of `symlint` behind an in-process API: it
//! takes the arguments and writers and returns the exit code, so tests can
//! run it without spawning the binary.

pub mod args;
pub mod files;
pub mod lint;
pub mod rule_doc;
pub mod terraform;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

use crate::args::{SymlintArgs, SymlintCommand};

/// No error-level diagnostic.
pub const EXIT_OK: u8 = 0;
/// Error-level diagnostics were found.
pub const EXIT_DIAGNOSTICS: u8 = 1;
/// Bad usage, bad configuration, or a file or path that could not be read.
pub const EXIT_USAGE: u8 = 2;

/// Where a command writes, and whether stdout is a terminal (for
/// `--color auto`).
pub struct Output<'a> {
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub stdout_is_terminal: bool,
}

impl Output<'_> {
    /// Writes to stdout; a closed pipe (`symlint | head`) is not an error
    /// worth reporting.
    pub fn out(&mut self, text: &str) {
        let _ = self.stdout.write_all(text.as_bytes());
        let _ = self.stdout.flush();
    }

    pub fn err(&mut self, text: &str) {
        let _ = self.stderr.write_all(text.as_bytes());
        let _ = self.stderr.flush();
    }
}

/// Runs `symlint` with `argv` (including the program name) and returns its
/// exit code.
pub fn symlint_main<I, T>(argv: I, output: &mut Output<'_>) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args = match SymlintArgs::try_parse_from(argv) {
        Ok(args) => args,
        Err(error) => {
            let text = error.render().to_string();
            return if error.use_stderr() {
                output.err(&text);
                EXIT_USAGE
            } else {
                // --help and --version
                output.out(&text);
                EXIT_OK
            };
        }
    };
    match &args.command {
        Some(SymlintCommand::Rule(rule)) => rule_doc::run(rule, output),
        None => lint::run(&args.check, output),
    }
}
