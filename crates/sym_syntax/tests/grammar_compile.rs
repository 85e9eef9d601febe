//! The `grammar-tests/compile` inputs state, on their first line, what
//! CPython 3.11's compile step says about them (written by running CPython):
//! `sym_syntax` must report that error, or none at all.

use std::path::Path;

use sym_syntax::SyntaxErrorKind;

const COMPILES: &str = "# CPython 3.11 compiles this: no compile-step error expected.";
const FAILS: &str = "# CPython 3.11 compile step: ";

#[test]
fn compile_inputs_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests/compile");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("grammar-tests/compile exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 40, "only {} inputs", entries.len());

    let mut failures = Vec::new();
    for path in &entries {
        let source = std::fs::read_to_string(path).expect("readable input");
        let first_line = source.lines().next().unwrap_or("");
        let parsed = sym_syntax::parse(&source);
        let messages: Vec<&str> = parsed
            .errors()
            .iter()
            .map(|error| error.message.as_str())
            .collect();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("?");
        if first_line == COMPILES {
            if !parsed.errors().is_empty() {
                failures.push(format!("{name}: expected no error, got {messages:?}"));
            }
        } else if let Some(expected) = first_line.strip_prefix(FAILS) {
            let found = parsed
                .errors()
                .iter()
                .any(|error| error.kind == SyntaxErrorKind::Compile && error.message == expected);
            if !found || parsed.errors().len() != 1 {
                failures.push(format!(
                    "{name}: expected only {expected:?}, got {messages:?}"
                ));
            }
        } else {
            failures.push(format!("{name}: first line states no expectation"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
