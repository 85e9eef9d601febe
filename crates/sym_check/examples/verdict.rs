//! Dev tool: symlint's accept/reject verdict for each file, with the
//! diagnostics behind it.
//!
//! ```text
//! cargo run -p sym_check --example verdict -- FILES...
//! ```
//!
//! Prints `path: accept` or `path: reject`, then one indented line per
//! diagnostic (`line:col CODE message`). `# noqa` comments are ignored, as
//! Sym ignores them. Exits 2 if a file cannot be read.

use std::process::ExitCode;

use sym_check::{Settings, is_rejecting, walk};

fn main() -> ExitCode {
    let settings = Settings::default();
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let source = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                eprintln!("{path}: cannot read: {error}");
                status = ExitCode::from(2);
                continue;
            }
        };
        let parsed = sym_syntax::parse(&source);
        // Sym does not read `# noqa` comments: judge on every diagnostic.
        let mut diagnostics = walk::run_rules(&parsed, &settings);
        diagnostics.sort_by_key(|d| (d.range.start(), d.range.end(), d.code));
        let rejected = diagnostics.iter().any(|d| is_rejecting(d.code));
        println!("{path}: {}", if rejected { "reject" } else { "accept" });
        for diagnostic in &diagnostics {
            let at = parsed.line_index().line_col(diagnostic.range.start());
            println!(
                "    {}:{} {} {}",
                at.line, at.column, diagnostic.code, diagnostic.message
            );
        }
    }
    status
}
