//! `# noqa` end to end through `check_parsed`: it suppresses findings such
//! as `RT001` (a missing builtin), never the `SYN`/`RP`/`IMP` findings for
//! which Sym refuses the file, and `NQA001` reports unknown codes.

use sym_check::{Settings, check_parsed};

/// `(code, 1-based line, message)` of every diagnostic.
fn check(source: &str) -> Vec<(&'static str, u32, String)> {
    let parsed = sym_syntax::parse(source);
    check_parsed(&parsed, &Settings::default())
        .into_iter()
        .map(|d| {
            let line = parsed.line_index().line_number(d.range.start());
            (d.code, line, d.message)
        })
        .collect()
}

fn codes(source: &str) -> Vec<(&'static str, u32)> {
    check(source)
        .into_iter()
        .map(|(code, line, _)| (code, line))
        .collect()
}

const FINDING: &str = "ranked = sorted([2, 1])\n";

#[test]
fn without_noqa_the_finding_is_reported() {
    assert_eq!(codes(FINDING), vec![("RT001", 1)]);
}

#[test]
fn blanket_noqa_suppresses() {
    for comment in ["# noqa", "#noqa", "# NOQA", "# noqa -- known"] {
        let source = format!("ranked = sorted([2, 1])  {comment}\n");
        assert_eq!(codes(&source), vec![], "{comment}");
    }
}

#[test]
fn specific_noqa_suppresses_only_its_codes() {
    for comment in [
        "# noqa: RT001",
        "#noqa:RT001",
        "# noqa: rt001",
        "# noqa:NQA001, RT001",
    ] {
        let source = format!("ranked = sorted([2, 1])  {comment}\n");
        assert_eq!(codes(&source), vec![], "{comment}");
    }
    let source = "ranked = sorted([2, 1])  # noqa: RT002\n";
    assert_eq!(codes(source), vec![("RT001", 1)]);
}

#[test]
fn noqa_on_another_line_does_not_suppress() {
    let source = "# noqa\nranked = sorted([2, 1])\nx = 1  # noqa\n";
    assert_eq!(codes(source), vec![("RT001", 2)]);
}

#[test]
fn noqa_never_hides_why_sym_refuses_the_file() {
    let source =
        "import os  # noqa\nrow = {}\nprint(row._y)  # noqa: RP201\ndef f(x)  # noqa: SYN001\n";
    assert_eq!(
        codes(source),
        vec![("IMP001", 1), ("RP201", 3), ("SYN001", 4)]
    );
}

#[test]
fn unknown_codes_are_reported_and_suppress_nothing() {
    let source = "def get_approvers(event)  # noqa: SYN01, SYN999\n    return None\n";
    assert_eq!(
        check(source),
        vec![
            (
                "NQA001",
                1,
                "Unknown rule code `SYN01` in `# noqa`".to_string()
            ),
            (
                "NQA001",
                1,
                "Unknown rule code `SYN999` in `# noqa`".to_string()
            ),
            ("SYN001", 1, "Expected `:`, found newline".to_string()),
        ]
    );
}

#[test]
fn unknown_code_help_suggests_the_close_code() {
    let parsed = sym_syntax::parse("x = 1  # noqa: SYN01\n");
    let diagnostics = check_parsed(&parsed, &Settings::default());
    let [diagnostic] = diagnostics.as_slice() else {
        panic!("one diagnostic expected: {diagnostics:?}");
    };
    assert_eq!(diagnostic.help.as_deref(), Some("Did you mean `SYN001`?"));
    assert_eq!(parsed.text(diagnostic.range), "SYN01");
    assert_eq!(diagnostic.severity, sym_diagnostics::Severity::Warning);
}

#[test]
fn prefixes_and_empty_lists_suppress_nothing() {
    let source = "def get_approvers(event)  # noqa: SYN\n    return None\n";
    assert_eq!(
        check(source),
        vec![
            (
                "NQA001",
                1,
                "`SYN` is a code prefix; `# noqa` takes full codes".to_string()
            ),
            ("SYN001", 1, "Expected `:`, found newline".to_string()),
        ]
    );
    let source = "def get_approvers(event)  # noqa:\n    return None\n";
    assert_eq!(
        check(source),
        vec![
            (
                "NQA001",
                1,
                "`# noqa:` lists no codes and suppresses nothing".to_string()
            ),
            ("SYN001", 1, "Expected `:`, found newline".to_string()),
        ]
    );
}

#[test]
fn nqa001_can_be_suppressed_by_its_own_comment() {
    assert_eq!(codes("x = 1  # noqa: SYN999, NQA001\n"), vec![]);
}

#[test]
fn a_multi_line_string_takes_its_noqa_on_the_last_line() {
    // The finding starts on line 1, where the string starts.
    let source = "x = sorted(\"\"\"a\nb\"\"\")\n";
    assert_eq!(codes(source), vec![("RT001", 1)]);
    let on_last_line = "x = sorted(\"\"\"a\nb\"\"\")  # noqa: RT001\n";
    assert_eq!(codes(on_last_line), vec![]);
    // A `#` inside the string is not a comment.
    let inside = "x = sorted(\"\"\"a  # noqa\nb\"\"\")\n";
    assert_eq!(codes(inside), vec![("RT001", 1)]);
}

#[test]
fn a_continued_line_takes_its_noqa_on_the_last_line() {
    let source = "x = sorted([1]) + \\\n    [2]\n";
    assert_eq!(codes(source), vec![("RT001", 1)]);
    let on_last_line = "x = sorted([1]) + \\\n    [2]  # noqa: RT001\n";
    assert_eq!(codes(on_last_line), vec![]);
}

#[test]
fn other_linters_codes_are_left_alone() {
    // Files linted by flake8 or ruff too carry their codes; those are not
    // symlint's to judge, and the comment still silences nothing of ours.
    for comment in [
        "# noqa: F401",
        "# noqa: E501, D103",
        "# noqa:PLR0913,W0611",
        "# noqa: RUF100, T201",
        "# noqa: E",
    ] {
        let source = format!("x = 1  {comment}\n");
        assert_eq!(check(&source), vec![], "{comment}");
    }
    // Beside a foreign code, a mistyped code of ours is still reported.
    assert_eq!(
        check("x = 1  # noqa: E501, RT01\n"),
        vec![(
            "NQA001",
            1,
            "Unknown rule code `RT01` in `# noqa`".to_string()
        )]
    );
}
