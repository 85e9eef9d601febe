//! Snapshot tests: each directory under `tests/fixtures/` is a Terraform
//! configuration; `tests/snapshots/<case>.txt` holds the flows read from it,
//! the Terraform diagnostics and the diagnostics of each implementation file
//! checked against its flows. Regenerate with `UPDATE_GOLDEN=1 cargo test`.

use std::fs;
use std::path::{Path, PathBuf};

use sym_terraform::dump::{diagnostic_text, flows_json, project_diagnostics_text};
use sym_terraform::paths::display_relative;
use sym_terraform::{check_flows_against_impl, check_impl_against_flows, cross_check, load_module};

fn render(case_dir: &Path) -> String {
    let project = load_module(case_dir);
    let mut out = String::new();
    out.push_str("## flows\n");
    out.push_str(&flows_json(&project));
    out.push_str("\n\n## terraform diagnostics\n");
    out.push_str(&project_diagnostics_text(&project));
    for impl_path in project.implementation_files() {
        let Ok(source) = fs::read_to_string(impl_path) else {
            continue;
        };
        let parsed = sym_syntax::parse(&source);
        let flows = project.flows_using(impl_path);
        let shown = display_relative(impl_path, &project.root);
        let names: Vec<String> = flows.iter().map(|flow| flow.display_name()).collect();
        out.push_str(&format!("\n## {shown} (flows: {})\n", names.join(", ")));
        let checked = cross_check(&parsed, &flows);
        assert_eq!(
            checked.impl_diagnostics,
            check_impl_against_flows(&parsed, &flows)
        );
        assert_eq!(
            checked.terraform_diagnostics,
            check_flows_against_impl(&parsed, &flows)
        );
        for diagnostic in &checked.impl_diagnostics {
            out.push_str(&diagnostic_text(&shown, Some(&source), diagnostic));
        }
        for (path, diagnostic) in &checked.terraform_diagnostics {
            let tf_shown = display_relative(path, &project.root);
            let tf_source = project.files.get(path).map(|text| &**text);
            out.push_str(&diagnostic_text(&tf_shown, tf_source, diagnostic));
        }
    }
    out
}

#[test]
fn fixtures_match_their_snapshots() {
    let fixtures = Path::new("tests/fixtures");
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures)
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let count = cases.len();
    for case in cases {
        let name = case
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let actual = render(&case);
        let snapshot = Path::new("tests/snapshots").join(format!("{name}.txt"));
        if update {
            fs::write(&snapshot, &actual).expect("write snapshot");
            continue;
        }
        let expected = fs::read_to_string(&snapshot).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "--- {name}: expected {}\n+++ actual\n{actual}",
                snapshot.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(count >= 8, "fixtures are missing: {count}");
}
