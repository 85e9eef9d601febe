//! The conformance suite: every `tests/conformance/*.py` runs on our VM and
//! must match the expected output generated with CPython 3.11 +
//! RestrictedPython 9.0 (`*.expected.json`, committed).

mod common;

use std::path::PathBuf;

use serde_json::Value as Json;

fn normalise(j: &Json) -> Json {
    // Compare numbers by value (1 vs 1.0 matter: keep ints and floats apart).
    j.clone()
}

#[test]
fn conformance_suite() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("conformance dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    let only = std::env::var("CONFORMANCE_ONLY").ok();
    let mut failures = Vec::new();
    let mut ran = 0;
    for path in &programs {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        if let Some(o) = &only {
            if !name.contains(o.as_str()) {
                continue;
            }
        }
        let expected_path = path.with_extension("expected.json");
        let expected: Json = serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("missing {}", expected_path.display()))).expect("expected json");
        let source = std::fs::read_to_string(path).expect("source");
        let got = common::with_big_stack(move || common::run_program(&source, None).doc);
        ran += 1;
        let mut diffs = Vec::new();
        for field in ["outcome", "output", "error", "result"] {
            let e = normalise(&expected[field]);
            let g = normalise(&got[field]);
            if e != g {
                diffs.push(format!("  {field}:\n    expected {e}\n    got      {g}"));
            }
        }
        if !diffs.is_empty() {
            failures.push(format!("{name}:\n{}", diffs.join("\n")));
        }
    }
    assert!(ran >= 1, "no conformance programs ran");
    if only.is_none() {
        assert!(ran >= 200, "only {ran} conformance programs");
    }
    assert!(failures.is_empty(), "{} of {ran} programs differ:\n{}", failures.len(), failures.join("\n"));
}
