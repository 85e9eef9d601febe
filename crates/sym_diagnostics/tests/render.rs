//! Snapshot tests of every output format over the same reports.

use std::sync::Arc;

use sym_diagnostics::{
    Diagnostic, Edit, FileReport, Fix, RuleMeta, Severity, TerminalOptions, TextRange, ToolInfo,
    render_github, render_json, render_sarif, render_terminal,
};
use sym_syntax::TextSize;

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(TextSize::new(start), TextSize::new(end))
}

/// Byte range of the first occurrence of `needle` in `text`.
fn find(text: &str, needle: &str) -> TextRange {
    let start = text.find(needle).expect("needle in fixture") as u32;
    range(start, start + needle.len() as u32)
}

const IMPL: &str = "\
from sym.sdk.annotations import reducer

@reducer
def get_approvers(event)
    name = \"é\" + _secret
    return name
";

const OTHER: &str = "x = 1  # 100% sure\n";

fn reports() -> Vec<FileReport> {
    let missing_colon = {
        let at = IMPL.find("(event)").expect("fixture") as u32 + 7;
        range(at, at)
    };
    let secret = find(IMPL, "_secret");
    let first = vec![
        Diagnostic::new(
            "SYN001",
            Severity::Error,
            missing_colon,
            "Expected ':', found newline",
        ),
        Diagnostic::new(
            "RP101",
            Severity::Error,
            secret,
            "`_secret` starts with an underscore",
        )
        .with_help("Rename it without the leading `_`")
        .with_label(find(IMPL, "name"), "assigned here")
        .with_fix(Fix {
            message: "Rename to `secret`".to_string(),
            edits: vec![Edit {
                range: secret,
                replacement: "secret".to_string(),
            }],
        }),
    ];
    let second = vec![
        Diagnostic::new(
            "NQA001",
            Severity::Warning,
            find(OTHER, "100%"),
            "Odd: 100% of\nthe comment, and more",
        ),
        Diagnostic::new("HDL900", Severity::Info, range(0, 1), "A note"),
    ];
    vec![
        FileReport::new("flows/impl.py", Arc::from(IMPL), first),
        FileReport::new("odd, name:1.py", Arc::from(OTHER), second),
        FileReport::new("clean.py", Arc::from("x = 1\n"), Vec::new()),
    ]
}

fn rules() -> Vec<RuleMeta> {
    vec![
        RuleMeta {
            code: "RP101",
            name: "underscore-name",
            summary: "A name starts with `_`",
            doc: " ## What it does\n Reports names that start with `_`.\n",
        },
        RuleMeta {
            code: "SYN001",
            name: "syntax-error",
            summary: "The file is not valid Python",
            doc: " ## What it does\n Reports text that is not Python.\n",
        },
    ]
}

#[test]
fn terminal_without_colour() {
    let text = render_terminal(&reports(), &TerminalOptions::default());
    assert!(!text.contains('\u{1b}'), "no escapes without colour");
    insta::assert_snapshot!(text);
}

#[test]
fn terminal_with_colour_has_escapes() {
    let options = TerminalOptions {
        color: true,
        ..TerminalOptions::default()
    };
    let text = render_terminal(&reports(), &options);
    assert!(text.contains("\u{1b}["));
}

#[test]
fn terminal_quiet_has_no_summary() {
    let options = TerminalOptions {
        quiet: true,
        ..TerminalOptions::default()
    };
    let text = render_terminal(&reports(), &options);
    assert!(!text.contains("Found"));
    assert!(text.contains("flows/impl.py:4:25: error[SYN001]"));
}

#[test]
fn terminal_summary_when_clean() {
    let clean = vec![FileReport::new("a.py", Arc::from("x = 1\n"), Vec::new())];
    let text = render_terminal(&clean, &TerminalOptions::default());
    assert_eq!(text, "All checks passed (1 file checked).\n");
}

#[test]
fn terminal_survives_out_of_range_spans() {
    let broken = vec![FileReport::new(
        "a.py",
        Arc::from("x"),
        vec![Diagnostic::new(
            "SYN001",
            Severity::Error,
            range(5, 9),
            "past the end",
        )],
    )];
    let text = render_terminal(&broken, &TerminalOptions::default());
    assert!(text.contains("past the end"));
}

#[test]
fn json() {
    let text = render_json(&reports());
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value.as_array().map(Vec::len), Some(4));
    insta::assert_snapshot!(text);
}

#[test]
fn sarif() {
    let tool = ToolInfo {
        name: "symlint",
        version: "0.0.0-test",
    };
    let text = render_sarif(&reports(), &rules(), tool);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["version"], "2.1.0");
    insta::assert_snapshot!(text);
}

#[test]
fn github() {
    insta::assert_snapshot!(render_github(&reports()));
}

#[test]
fn every_format_survives_odd_sources_and_ranges() {
    let sources = ["", "\r\n", "a\rb\rc", "\tx = 'é'\r\n\ty\n", "é🙂", "x"];
    for source in sources {
        let len = source.len() as u32;
        let mut diagnostics = Vec::new();
        for start in 0..=len + 2 {
            for end in [start, start + 1, len + 5] {
                diagnostics.push(
                    Diagnostic::new("SYN001", Severity::Error, range(start, end.max(start)), "m")
                        .with_label(range(end, end + 1), "l")
                        .with_help("h"),
                );
            }
        }
        let reports = vec![FileReport::new("odd.py", Arc::from(source), diagnostics)];
        let text = render_terminal(&reports, &TerminalOptions::default());
        assert!(text.contains("odd.py:1:1: error[SYN001]"), "{text}");
        let _ = render_json(&reports);
        let _ = render_sarif(
            &reports,
            &rules(),
            ToolInfo {
                name: "symlint",
                version: "0",
            },
        );
        let _ = render_github(&reports);
    }
}
