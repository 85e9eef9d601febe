//! Malformed input never panics: `# noqa` parsing, checking with noqa
//! comments, and configuration parsing over many odd inputs.

use std::path::Path;

use sym_check::noqa::parse_directive;
use sym_check::{Config, Settings, check_parsed};
use sym_syntax::TextSize;

const PIECES: &[&str] = &[
    "#", "# ", "noqa", "NOQA", ":", ",", " ", "\t", "SYN001", "syn", "é", "🙂", "\\", "\n", "\r\n",
    "\"\"\"", "'", "x = 1", "def f(", ")", "[", "]", "=", "select", "1", "\u{feff}",
];

/// Every sequence of up to `depth` pieces (deterministic, exhaustive).
fn combinations(depth: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut frontier = vec![String::new()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for prefix in &frontier {
            for piece in PIECES {
                next.push(format!("{prefix}{piece}"));
            }
        }
        all.extend(next.iter().cloned());
        frontier = next;
    }
    all
}

#[test]
fn noqa_parsing_never_panics() {
    for text in combinations(3) {
        let _ = parse_directive(&text, TextSize::new(7));
    }
}

#[test]
fn checking_with_noqa_comments_never_panics() {
    for text in combinations(3) {
        let source = format!("x = 1  # noqa{text}\n{text}  # noqa: {text}\n");
        let parsed = sym_syntax::parse(&source);
        let _ = check_parsed(&parsed, &Settings::default());
    }
}

#[test]
fn config_parsing_never_panics() {
    for text in combinations(3) {
        for name in ["symlint.toml", "pyproject.toml"] {
            let _ = Config::parse(Path::new(name), &text);
            let _ = Config::parse(Path::new(name), &format!("[tool.symlint]\n{text}"));
            let _ = Config::parse(Path::new(name), &format!("exclude = [\"{text}\"]"));
        }
    }
}
