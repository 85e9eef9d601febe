//! The `grammar-tests/rt` inputs: every one is accepted by RestrictedPython
//! (its committed `.verdict` says so), those named `*_ok` get no `RT`
//! diagnostic, and every other one gets at least one of the code its name
//! announces.

use std::path::{Path, PathBuf};

use sym_check::{Settings, check_parsed, is_rejecting};

fn inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests/rt");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

/// The code a file's name promises, from its prefix.
fn expected_code(stem: &str) -> &'static str {
    let prefixes = [
        ("missing_builtin", "RT001"),
        ("undefined", "RT002"),
        ("attribute", "RT003"),
        ("str_format", "RT004"),
        ("range", "RT005"),
        ("list", "RT006"),
        ("tuple", "RT006"),
    ];
    prefixes
        .iter()
        .find(|(prefix, _)| stem.starts_with(prefix))
        .map_or("RT", |(_, code)| code)
}

#[test]
fn rt_inputs_are_accepted_and_flagged_as_named() {
    let paths = inputs();
    assert!(paths.len() >= 50, "only {} inputs", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let stem = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let verdict = std::fs::read_to_string(path.with_extension("verdict")).unwrap_or_default();
        if verdict.trim() != "accept" {
            failures.push(format!(
                "{stem}: verdict is {:?}, not accept",
                verdict.trim()
            ));
        }
        let parsed = sym_syntax::parse(&text);
        let diagnostics = check_parsed(&parsed, &Settings::default());
        if let Some(rejecting) = diagnostics.iter().find(|d| is_rejecting(d.code)) {
            failures.push(format!("{stem}: rejected with {}", rejecting.code));
        }
        let codes: Vec<&str> = diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|code| code.starts_with("RT"))
            .collect();
        if stem.ends_with("_ok") {
            if !codes.is_empty() {
                failures.push(format!("{stem}: expected no RT diagnostic, got {codes:?}"));
            }
        } else if !codes
            .iter()
            .any(|code| code.starts_with(expected_code(&stem)))
        {
            failures.push(format!(
                "{stem}: expected {}, got {codes:?}",
                expected_code(&stem)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
