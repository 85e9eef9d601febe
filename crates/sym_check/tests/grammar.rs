//! The grammar-tests corpus: every `grammar-tests/**/*.py` is checked with
//! the default settings and compared with two files beside it:
//!
//! - `<name>.expected`: our diagnostics, rendered as text (a snapshot);
//!   `UPDATE_GOLDEN=1` rewrites these instead of comparing.
//! - `<name>.verdict`: what RestrictedPython 9.0 + the import allowlist
//!   decide (`accept`/`reject`, written by `oracle-verdicts.sh`); our verdict
//!   must equal it whatever `UPDATE_GOLDEN` says.
//!
//! `GRAMMAR_FILTER=substring` limits both checks to inputs whose path
//! (relative to `grammar-tests/`) contains the substring.
//!
//! Every mismatch is collected and reported at once, in path order.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sym_check::{Settings, check_bytes, is_rejecting};
use sym_diagnostics::Diagnostic;
use sym_syntax::LineIndex;

/// Areas written for the corpus as a whole (this harness's owner).
const OWN_AREAS: &[(&str, usize)] = &[
    ("classes", 20),
    ("comprehensions", 14),
    ("control", 45),
    ("expressions", 45),
    ("functions", 30),
    ("handlers", 50),
    ("literals", 15),
    ("statements", 40),
    ("strings", 40),
    ("syntax", 50),
    ("unicode", 30),
    ("valid", 120),
];

/// Areas each rule family adds in its own branch.
const RULE_AREAS: &[&str] = &["compile", "hdl", "imp", "rp", "rt", "sdk"];

/// Inputs the areas above must hold together (ours alone).
const OWN_MINIMUM: usize = 200;

/// Inputs the whole corpus must hold.
const CORPUS_MINIMUM: usize = 300;

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests")
}

/// Every `.py` under `dir`, recursively (unsorted).
fn collect_inputs(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), String> {
    collect_files(dir, &mut |path| {
        if path.extension().is_some_and(|extension| extension == "py") {
            found.push(path);
        }
    })
}

/// Calls `found` with every file under `dir`, recursively.
fn collect_files(dir: &Path, found: &mut dyn FnMut(PathBuf)) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_files(&path, found)?;
        } else {
            found(path);
        }
    }
    Ok(())
}

/// The input's path relative to the corpus root, with `/` separators.
fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|component| component.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn all_inputs() -> (PathBuf, Vec<PathBuf>) {
    let root = corpus_root();
    let mut inputs = Vec::new();
    if let Err(error) = collect_inputs(&root, &mut inputs) {
        panic!("{error}");
    }
    inputs.sort_by_key(|path| display_path(&root, path));
    (root, inputs)
}

/// `line:col-endline:endcol`, 1-based, columns in code points.
fn span(index: &LineIndex, range: sym_syntax::TextRange) -> String {
    let start = index.line_col(range.start());
    let end = index.line_col(range.end());
    format!(
        "{}:{}-{}:{}",
        start.line, start.column, end.line, end.column
    )
}

/// A message as one readable block: continuation lines indented under it,
/// other control characters (a NUL the parser quotes, say) escaped so that
/// `.expected` files stay plain text.
fn indented(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\n' => out.push_str("\n    "),
            character if character.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(character));
            }
            character => out.push(character),
        }
    }
    out
}

/// The snapshot text: the verdict, then one block per diagnostic.
fn render(index: &LineIndex, diagnostics: &[Diagnostic]) -> String {
    let rejected = diagnostics
        .iter()
        .any(|diagnostic| is_rejecting(diagnostic.code));
    let mut out = String::new();
    let verdict = if rejected { "reject" } else { "accept" };
    let _ = writeln!(out, "verdict: {verdict}");
    for diagnostic in diagnostics {
        let _ = writeln!(
            out,
            "{} {} {} {}",
            diagnostic.code,
            diagnostic.severity.as_str(),
            span(index, diagnostic.range),
            indented(&diagnostic.message)
        );
        for label in &diagnostic.labels {
            let _ = writeln!(
                out,
                "  label {} {}",
                span(index, label.range),
                indented(&label.message)
            );
        }
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "  help: {}", indented(help));
        }
        if let Some(fix) = &diagnostic.fix {
            let _ = writeln!(out, "  fix: {}", indented(&fix.message));
            for edit in &fix.edits {
                let _ = writeln!(
                    out,
                    "    edit {} {:?}",
                    span(index, edit.range),
                    edit.replacement
                );
            }
        }
    }
    out
}

/// A line diff (longest common subsequence): ` ` kept, `-` expected only,
/// `+` actual only.
fn diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    // lcs[i][j]: length of the longest common subsequence of old[i..], new[j..].
    let mut lcs = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            let _ = writeln!(out, "   {}", old[i]);
            i += 1;
            j += 1;
        } else if j < new.len() && (i == old.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "  +{}", new[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "  -{}", old[i]);
            i += 1;
        }
    }
    out
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|value| !value.is_empty() && value != "0")
}

/// What checking one input found wrong.
#[derive(Default)]
struct Failures {
    snapshots: Vec<String>,
    verdicts: Vec<String>,
}

fn check_input(root: &Path, path: &Path, update: bool, failures: &mut Failures) {
    let name = display_path(root, path);
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            failures
                .snapshots
                .push(format!("{name}: cannot read: {error}"));
            return;
        }
    };
    let checked = check_bytes(&bytes, &Settings::default());
    let actual = render(checked.parsed.line_index(), &checked.diagnostics);
    let ours = if checked
        .diagnostics
        .iter()
        .any(|diagnostic| is_rejecting(diagnostic.code))
    {
        "reject"
    } else {
        "accept"
    };

    let expected_path = path.with_extension("expected");
    if update {
        // Only rewrite what changed, so that file times show what moved.
        let unchanged =
            std::fs::read_to_string(&expected_path).ok().as_deref() == Some(actual.as_str());
        if !unchanged && let Err(error) = std::fs::write(&expected_path, &actual) {
            failures
                .snapshots
                .push(format!("{name}: cannot write .expected: {error}"));
        }
    } else {
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.snapshots.push(format!(
                "{name}: diagnostics differ from .expected (- expected, + actual):\n{}",
                diff(&expected, &actual)
            )),
            Err(_) => failures.snapshots.push(format!(
                "{name}: no .expected file (run with UPDATE_GOLDEN=1); actual:\n{}",
                indented_block(&actual)
            )),
        }
    }

    let verdict_path = path.with_extension("verdict");
    match std::fs::read_to_string(&verdict_path) {
        Ok(oracle) => match oracle.trim() {
            "accept" | "reject" if oracle.trim() == ours => {}
            "accept" | "reject" => failures.verdicts.push(format!(
                "{name}: RestrictedPython says {}, symlint says {ours}:\n{}",
                oracle.trim(),
                indented_block(&actual)
            )),
            other => failures.verdicts.push(format!(
                "{name}: .verdict holds {other:?}, not `accept` or `reject`"
            )),
        },
        Err(_) => failures.verdicts.push(format!(
            "{name}: no .verdict file (run grammar-tests/oracle-verdicts.sh {name})"
        )),
    }
}

/// `.expected` and `.verdict` files left behind by a renamed or deleted
/// input: they would silently test nothing.
fn orphans(root: &Path, filter: &str) -> Vec<String> {
    let mut found = Vec::new();
    let listed = collect_files(root, &mut |path| {
        let is_result = path
            .extension()
            .is_some_and(|extension| extension == "expected" || extension == "verdict");
        let name = display_path(root, &path);
        if is_result && name.contains(filter) && !path.with_extension("py").is_file() {
            found.push(format!(
                "{name}: no {} beside it (delete it or restore the input)",
                {
                    path.with_extension("py")
                        .file_name()
                        .map(|file| file.to_string_lossy().into_owned())
                        .unwrap_or_default()
                }
            ));
        }
    });
    if let Err(error) = listed {
        found.push(error);
    }
    found.sort();
    found
}

fn indented_block(text: &str) -> String {
    text.lines().map(|line| format!("    {line}\n")).collect()
}

#[test]
fn grammar_corpus() {
    let (root, inputs) = all_inputs();
    assert!(
        !inputs.is_empty(),
        "no inputs found under {}",
        root.display()
    );
    let filter = std::env::var("GRAMMAR_FILTER").unwrap_or_default();
    let update = env_flag("UPDATE_GOLDEN");
    let selected: Vec<&PathBuf> = inputs
        .iter()
        .filter(|path| display_path(&root, path).contains(filter.as_str()))
        .collect();
    assert!(
        !selected.is_empty(),
        "GRAMMAR_FILTER={filter:?} matches no input"
    );

    let mut failures = Failures::default();
    for path in &selected {
        check_input(&root, path, update, &mut failures);
    }
    failures.snapshots.extend(orphans(&root, &filter));

    let mut report = String::new();
    if !failures.snapshots.is_empty() {
        let _ = writeln!(
            report,
            "{} snapshot problem(s) among {} inputs:\n",
            failures.snapshots.len(),
            selected.len()
        );
        for failure in &failures.snapshots {
            let _ = writeln!(report, "{failure}");
        }
    }
    if !failures.verdicts.is_empty() {
        let _ = writeln!(
            report,
            "{} of {} inputs get a verdict other than RestrictedPython's:\n",
            failures.verdicts.len(),
            selected.len()
        );
        for failure in &failures.verdicts {
            let _ = writeln!(report, "{failure}");
        }
    }
    assert!(report.is_empty(), "\n{report}");
}

/// Every area holds enough inputs, ours reach [`OWN_MINIMUM`], the whole
/// corpus [`CORPUS_MINIMUM`], and no input sits outside a known area.
#[test]
fn corpus_is_big_enough_and_covers_every_area() {
    let (root, inputs) = all_inputs();
    let area_of = |path: &PathBuf| {
        display_path(&root, path)
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let count = |area: &str| inputs.iter().filter(|path| area_of(path) == area).count();

    let mut problems = Vec::new();
    for path in &inputs {
        let area = area_of(path);
        let known =
            OWN_AREAS.iter().any(|(own, _)| *own == area) || RULE_AREAS.contains(&area.as_str());
        if !known || !display_path(&root, path).contains('/') {
            problems.push(format!(
                "{} is not in a known area (add the area to OWN_AREAS or RULE_AREAS)",
                display_path(&root, path)
            ));
        }
    }
    let mut own_total = 0;
    for (area, minimum) in OWN_AREAS {
        let found = count(area);
        own_total += found;
        if found < *minimum {
            problems.push(format!(
                "{area}/ holds {found} inputs, fewer than {minimum}"
            ));
        }
    }
    // The handlers area holds every snippet of the Sym docs and every
    // oracle example, under these prefixes.
    for (prefix, minimum) in [("handlers/seed_", 16), ("handlers/example_", 12)] {
        let found = inputs
            .iter()
            .filter(|path| display_path(&root, path).starts_with(prefix))
            .count();
        if found < minimum {
            problems.push(format!(
                "{prefix}* holds {found} inputs, fewer than {minimum}"
            ));
        }
    }
    if own_total < OWN_MINIMUM {
        problems.push(format!(
            "the corpus's own areas hold {own_total} inputs, fewer than {OWN_MINIMUM}"
        ));
    }
    if inputs.len() < CORPUS_MINIMUM {
        problems.push(format!(
            "the corpus holds {} inputs, fewer than {CORPUS_MINIMUM}",
            inputs.len()
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The harness's own pieces, on made-up inputs.
mod harness {
    use super::*;

    #[test]
    fn render_shows_verdict_span_help_and_multiline_messages() {
        let text = "x = 1\ny = é + 2\n";
        let index = LineIndex::new(text);
        let diagnostic = Diagnostic::new(
            "SYN001",
            sym_diagnostics::Severity::Error,
            sym_syntax::TextRange::new(10.into(), 16.into()),
            "first\nsecond",
        )
        .with_help("do this");
        assert_eq!(
            render(&index, &[diagnostic]),
            "verdict: reject\nSYN001 error 2:5-2:10 first\n    second\n  help: do this\n"
        );
        assert_eq!(render(&index, &[]), "verdict: accept\n");
    }

    #[test]
    fn control_characters_in_messages_are_escaped() {
        let index = LineIndex::new("x\n");
        let diagnostic = Diagnostic::new(
            "SYN001",
            sym_diagnostics::Severity::Error,
            sym_syntax::TextRange::new(0.into(), 1.into()),
            "Got unexpected token \u{0}\tand\r",
        );
        assert_eq!(
            render(&index, &[diagnostic]),
            "verdict: reject\nSYN001 error 1:1-1:2 Got unexpected token \\u{0}\\u{9}and\\u{d}\n"
        );
    }

    #[test]
    fn warnings_of_other_families_do_not_reject() {
        let index = LineIndex::new("x\n");
        let diagnostic = Diagnostic::new(
            "RT001",
            sym_diagnostics::Severity::Warning,
            sym_syntax::TextRange::new(0.into(), 1.into()),
            "m",
        );
        assert_eq!(
            render(&index, &[diagnostic]),
            "verdict: accept\nRT001 warning 1:1-1:2 m\n"
        );
    }

    #[test]
    fn diff_marks_removed_and_added_lines() {
        assert_eq!(diff("a\nb\nc\n", "a\nc\nd\n"), "   a\n  -b\n   c\n  +d\n");
    }
}

/// `valid/` holds working handlers in the styles Sym users write (the
/// oracle accepts each and most were run with it): symlint must not warn
/// about any of them. Info notes are allowed.
#[test]
fn valid_handlers_have_no_error_or_warning() {
    let (root, inputs) = all_inputs();
    let mut false_alarms = Vec::new();
    for path in inputs
        .iter()
        .filter(|path| display_path(&root, path).starts_with("valid/"))
    {
        let bytes = std::fs::read(path).unwrap_or_default();
        let checked = check_bytes(&bytes, &Settings::default());
        for diagnostic in &checked.diagnostics {
            if diagnostic.severity != sym_diagnostics::Severity::Info {
                let at = checked
                    .parsed
                    .line_index()
                    .line_col(diagnostic.range.start());
                false_alarms.push(format!(
                    "{}:{}:{} {} {}",
                    display_path(&root, path),
                    at.line,
                    at.column,
                    diagnostic.code,
                    diagnostic.message
                ));
            }
        }
    }
    assert!(false_alarms.is_empty(), "{}", false_alarms.join("\n"));
}
