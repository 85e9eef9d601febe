//! Grammar tests: every `grammar-tests/<area>/<name>.py` is checked, and
//! - symlint's verdict (any `SYN`/`RP`/`IMP` diagnostic = reject) must equal
//!   `<name>.verdict`, which the oracle wrote;
//! - the diagnostics must equal `<name>.expected` (regenerate with
//!   `UPDATE_GOLDEN=1 cargo test -p sym_check --test grammar`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use sym_check::{Settings, check_parsed, is_rejecting};

fn grammar_tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests")
}

fn inputs() -> Vec<PathBuf> {
    let mut inputs = Vec::new();
    let Ok(areas) = fs::read_dir(grammar_tests_dir()) else {
        return inputs;
    };
    for area in areas.flatten() {
        let Ok(files) = fs::read_dir(area.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|ext| ext == "py") {
                inputs.push(path);
            }
        }
    }
    inputs.sort();
    inputs
}

/// `line:col-line:col CODE message`, then `  help: ...` when there is help.
fn render(source: &str) -> (bool, String) {
    let parsed = sym_syntax::parse(source);
    let diagnostics = check_parsed(&parsed, &Settings::default());
    let mut out = String::new();
    for diagnostic in &diagnostics {
        let start = parsed.line_index().line_col(diagnostic.range.start());
        let end = parsed.line_index().line_col(diagnostic.range.end());
        let _ = writeln!(
            out,
            "{}:{}-{}:{} {} {}",
            start.line, start.column, end.line, end.column, diagnostic.code, diagnostic.message
        );
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "  help: {help}");
        }
    }
    let rejected = diagnostics.iter().any(|d| is_rejecting(d.code));
    (rejected, out)
}

#[test]
fn grammar_tests_match_verdicts_and_expected_diagnostics() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let inputs = inputs();
    assert!(
        inputs.len() >= 120,
        "expected the grammar-tests corpus, found {} inputs",
        inputs.len()
    );
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input.display().to_string();
        let Ok(bytes) = fs::read(input) else {
            failures.push(format!("{name}: unreadable"));
            continue;
        };
        let source = String::from_utf8_lossy(&bytes);
        let (rejected, rendered) = render(&source);

        let verdict_path = input.with_extension("verdict");
        match fs::read_to_string(&verdict_path) {
            Ok(verdict) => {
                let ours = if rejected { "reject" } else { "accept" };
                if verdict.trim() != ours {
                    failures.push(format!(
                        "{name}: symlint says {ours}, the oracle said {}\n{rendered}",
                        verdict.trim()
                    ));
                }
            }
            Err(_) => failures.push(format!("{name}: no .verdict file")),
        }

        let expected_path = input.with_extension("expected");
        if update {
            if fs::write(&expected_path, &rendered).is_err() {
                failures.push(format!("{name}: cannot write .expected"));
            }
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == rendered => {}
            Ok(expected) => failures.push(format!(
                "{name}: diagnostics changed\n--- expected\n{expected}--- actual\n{rendered}"
            )),
            Err(_) => failures.push(format!(
                "{name}: no .expected file (run with UPDATE_GOLDEN=1)"
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} grammar tests failed:\n{}",
        failures.len(),
        inputs.len(),
        failures.join("\n")
    );
}
