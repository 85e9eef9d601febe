//! `check_against_flows` / `check_parsed_with_flows`: the TF1xx
//! cross-checks run under the same selection and `# noqa` as every rule.

use std::path::Path;

use sym_check::Settings;
use sym_check::flows::{check_against_flows, check_parsed_with_flows};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/terraform/noqa"
);

fn codes_and_lines(source: &str, settings: &Settings) -> Vec<(&'static str, usize)> {
    let project = sym_terraform::load_module(FIXTURE);
    let flows = project.flows_using(&Path::new(FIXTURE).join("impls/access_impl.py"));
    assert_eq!(flows.len(), 1);
    let parsed = sym_syntax::parse(source);
    let found = check_parsed_with_flows(&parsed, settings, &flows);
    found
        .impl_diagnostics
        .iter()
        .map(|d| (d.code, parsed.line_index().line_of(d.range.start()) + 1))
        .collect()
}

#[test]
fn tf_noqa_suppresses_and_is_not_an_unknown_code() {
    let source = "def get_approvers(event):\n    a = event.flow.vars[\"nope\"]  # noqa: TF101\n    b = event.flow.vars[\"gone\"]\n    return a or b\n";
    assert_eq!(
        codes_and_lines(source, &Settings::default()),
        [("TF101", 3)]
    );
}

#[test]
fn selection_applies_to_tf_codes() {
    let source = "def get_approvers(event)\n    return event.flow.vars[\"nope\"]\n";
    // A file that does not parse gets no cross-check.
    assert_eq!(
        codes_and_lines(source, &Settings::default()),
        [("SYN001", 1)]
    );
    // Newer-Python syntax leaves a whole tree: the cross-check runs.
    let source =
        "def get_approvers(event):\n    return event.flow.vars[\"nope\"]\ntype Alias = int\n";
    let codes: Vec<&str> = codes_and_lines(source, &Settings::default())
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    assert!(
        codes.contains(&"TF101") && codes.iter().any(|code| code.starts_with("SYN")),
        "{codes:?}"
    );
    let source = "def get_approvers(event):\n    return event.flow.vars[\"nope\"]\n";
    let ignore_tf = Settings {
        ignore: vec!["TF".to_string()],
        ..Settings::default()
    };
    assert_eq!(codes_and_lines(source, &ignore_tf), []);
    let only_tf101 = Settings {
        select: vec!["TF101".to_string()],
        ..Settings::default()
    };
    assert_eq!(codes_and_lines(source, &only_tf101), [("TF101", 2)]);
}

#[test]
fn no_flows_no_cross_check() {
    let parsed = sym_syntax::parse("x = event.flow.vars[\"nope\"]\n");
    let found = check_against_flows(&parsed, &Settings::default(), &[]);
    assert!(found.impl_diagnostics.is_empty() && found.terraform_diagnostics.is_empty());
}
