//! End-to-end tests of the `symlint` binary: exit codes, every output
//! format, `# noqa`, configuration discovery, directory walking, flags and
//! `symlint rule`. Each test works in its own temporary directory.
//!
//! Exact-output assertions select `SYN,NQA` (rules every build has) so
//! they keep their meaning when more rules land.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

/// A directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = std::env::temp_dir().join(format!(
            "symlint-e2e-{name}-{}-{unique}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `text` to `relative`, creating parent directories.
    fn write(&self, relative: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(&path, text).expect("write file");
        path
    }

    fn fixture(&self, name: &str, relative: &str) -> PathBuf {
        let text = std::fs::read(Path::new(FIXTURES).join(name)).expect("fixture");
        self.write(relative, text)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn symlint(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_symlint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run symlint");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `(file, code, line, column)` of every diagnostic, from `--format json`.
fn json_hits(dir: &Path, args: &[&str]) -> Vec<(String, String, u64, u64)> {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let run = symlint(dir, &all);
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON output");
    value
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or("").to_string(),
                d["code"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn hit(file: &str, code: &str, line: u64, column: u64) -> (String, String, u64, u64) {
    (file.to_string(), code.to_string(), line, column)
}

// ---- exit codes ----

#[test]
fn clean_file_exits_zero() {
    let dir = TempDir::new("clean");
    dir.fixture("clean.py", "impl.py");
    let run = symlint(dir.path(), &["impl.py"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .ends_with("All checks passed (1 file checked).\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn error_diagnostics_exit_one() {
    let dir = TempDir::new("errors");
    dir.fixture("broken.py", "impl.py");
    let run = symlint(dir.path(), &["impl.py"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("impl.py:5:25: error[SYN001]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Expected `:`, found newline"),
        "{}",
        run.stdout
    );
}

#[test]
fn warnings_alone_exit_zero() {
    let dir = TempDir::new("warnings");
    dir.write("impl.py", "x = 1  # noqa: SYN999\n");
    let run = symlint(dir.path(), &["--select", "SYN,NQA"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("impl.py:1:16: warning[NQA001]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("Found 0 errors, 1 warning in 1 file (1 file checked).\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn exit_zero_flag() {
    let dir = TempDir::new("exit-zero");
    dir.fixture("broken.py", "impl.py");
    let run = symlint(dir.path(), &["--exit-zero"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("error[SYN001]"));
}

#[test]
fn missing_path_exits_two_and_names_it() {
    let dir = TempDir::new("missing");
    dir.fixture("broken.py", "impl.py");
    let run = symlint(dir.path(), &["nope.py", "impl.py"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "symlint: error: nope.py: no such file or directory\n"
    );
    // The files that exist are still checked and reported.
    assert!(run.stdout.contains("impl.py:5:25: error[SYN001]"));
}

#[test]
fn bad_usage_exits_two() {
    let dir = TempDir::new("usage");
    let run = symlint(dir.path(), &["--format", "xml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid value 'xml'"), "{}", run.stderr);
    let run = symlint(dir.path(), &["--select", "XYZ"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "symlint: error: --select: `XYZ` is not a rule code or prefix\n"
    );
    let run = symlint(dir.path(), &["--ignore", "SYN01"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `SYN001`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn non_utf8_file_is_a_syntax_error() {
    let dir = TempDir::new("utf8");
    dir.write("impl.py", b"x = 1\ny = '\xe9t\xe9'\n");
    let run = symlint(dir.path(), &["--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value[0]["code"], "SYN001");
    assert_eq!(value[0]["line"], 2);
    assert_eq!(value[0]["column"], 6);
    assert_eq!(
        value[0]["message"],
        "the file is not valid UTF-8: byte 0xE9 at offset 11"
    );
}

#[test]
fn byte_order_mark_is_refused_as_sym_does() {
    // Sym reads impl.py as plain UTF-8: the BOM reaches the parser as U+FEFF.
    let dir = TempDir::new("bom");
    dir.write("impl.py", "\u{feff}x = 1\n");
    let run = symlint(dir.path(), &["--select", "SYN", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value[0]["code"], "SYN001");
    assert_eq!(value[0]["line"], 1);
    assert_eq!(value[0]["column"], 1);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported_not_crashed() {
    let dir = TempDir::new("unreadable");
    dir.fixture("clean.py", "impl.py");
    std::os::unix::fs::symlink(dir.path().join("gone.py"), dir.path().join("dangling.py"))
        .expect("symlink");
    // Walking skips the dangling link; naming it is an I/O error.
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = symlint(dir.path(), &["dangling.py", "impl.py"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "symlint: error: dangling.py: no such file or directory\n"
    );
    // A directory that cannot be listed is also an I/O error, not a crash.
    let run = symlint(dir.path(), &["impl.py/"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
}

// ---- formats ----

#[test]
fn text_format_quiet_and_colour() {
    let dir = TempDir::new("text");
    dir.fixture("broken.py", "impl.py");
    let run = symlint(dir.path(), &["--select", "SYN,NQA"]);
    assert!(
        run.stdout.contains(" 5 │ def get_approvers(event)\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("Found 1 error, 0 warnings in 1 file (1 file checked).\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\u{1b}'), "auto: not a terminal");

    let quiet = symlint(dir.path(), &["--quiet"]);
    assert!(!quiet.stdout.contains("Found"), "{}", quiet.stdout);
    assert!(quiet.stdout.contains("error[SYN001]"));

    let coloured = symlint(dir.path(), &["--color", "always"]);
    assert!(coloured.stdout.contains("\u{1b}["), "{}", coloured.stdout);
    let plain = symlint(dir.path(), &["--color", "never"]);
    assert!(!plain.stdout.contains('\u{1b}'));
}

#[test]
fn json_format() {
    let dir = TempDir::new("json");
    dir.fixture("broken.py", "flows/impl.py");
    let run = symlint(dir.path(), &["--format", "json", "--select", "SYN,NQA"]);
    assert_eq!(run.code, 1);
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let expected: Value = serde_json::json!([{
        "code": "SYN001",
        "severity": "error",
        "message": "Expected `:`, found newline",
        "file": "flows/impl.py",
        "line": 5,
        "column": 25,
        "end_line": 6,
        "end_column": 1,
        "help": null,
        "labels": [],
        "fix": null
    }]);
    assert_eq!(value, expected);

    let clean = TempDir::new("json-clean");
    clean.fixture("clean.py", "impl.py");
    let run = symlint(clean.path(), &["--format", "json"]);
    assert_eq!(run.stdout, "[]\n");
}

#[test]
fn sarif_format() {
    let dir = TempDir::new("sarif");
    dir.fixture("broken.py", "impl.py");
    dir.write("warn.py", "x = 1  # noqa: SYN999\n");
    let run = symlint(dir.path(), &["--format", "sarif", "--select", "SYN,NQA"]);
    assert_eq!(run.code, 1);
    let log: Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(
        log["$schema"]
            .as_str()
            .unwrap_or("")
            .contains("sarif-2.1.0")
    );
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "symlint");
    assert!(driver["version"].is_string());
    let rules = driver["rules"].as_array().expect("rules");
    let syn001 = rules
        .iter()
        .find(|rule| rule["id"] == "SYN001")
        .expect("SYN001 described");
    assert_eq!(syn001["name"], "syntax-error");
    assert_eq!(
        syn001["shortDescription"]["text"],
        "The file is not valid Python"
    );
    assert!(
        syn001["fullDescription"]["text"]
            .as_str()
            .unwrap_or("")
            .starts_with("## What it does")
    );
    assert!(syn001["help"]["text"].is_string());

    let results = runs[0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let error = &results[0];
    assert_eq!(error["ruleId"], "SYN001");
    assert_eq!(error["level"], "error");
    assert_eq!(error["message"]["text"], "Expected `:`, found newline");
    let location = &error["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "impl.py");
    assert_eq!(location["region"]["startLine"], 5);
    assert_eq!(location["region"]["startColumn"], 25);
    assert_eq!(location["region"]["endLine"], 6);
    assert_eq!(location["region"]["endColumn"], 1);
    let index = error["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], "SYN001");
    let warning = &results[1];
    assert_eq!(warning["ruleId"], "NQA001");
    assert_eq!(warning["level"], "warning");
    assert_eq!(
        warning["locations"][0]["physicalLocation"]["region"]["startColumn"],
        16
    );
}

#[test]
fn github_format() {
    let dir = TempDir::new("github");
    dir.fixture("broken.py", "a,b:c.py");
    dir.write("warn.py", "x = 1  # noqa: SYN999\n");
    let run = symlint(dir.path(), &["--format", "github", "--select", "SYN,NQA"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=a%2Cb%3Ac.py,line=5,col=25,endLine=6,endColumn=1,title=SYN001::Expected `:`, found newline\n\
         ::warning file=warn.py,line=1,col=16,endLine=1,endColumn=22,title=NQA001::Unknown rule code `SYN999` in `# noqa`\n"
    );
}

// ---- noqa ----

#[test]
fn noqa_comments() {
    let dir = TempDir::new("noqa");
    dir.fixture("noqa.py", "impl.py");
    let hits = json_hits(dir.path(), &["--select", "RT,NQA"]);
    assert_eq!(
        hits,
        vec![
            hit("impl.py", "RT001", 10, 9),
            hit("impl.py", "NQA001", 13, 38)
        ]
    );
    // NQA001 is a warning, SYN001 an error: exit 1 for the error alone.
    assert_eq!(symlint(dir.path(), &[]).code, 1);
    let run = symlint(dir.path(), &["--select", "SYN,NQA", "--ignore", "SYN"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("Unknown rule code `SYN999` in `# noqa`")
    );
}

// ---- configuration ----

#[test]
fn symlint_toml_is_found_above_the_file() {
    let dir = TempDir::new("config-toml");
    dir.fixture("broken.py", "flows/deep/impl.py");
    assert_eq!(symlint(dir.path(), &[]).code, 1);
    dir.write(
        "symlint.toml",
        "select = [\"SYN\", \"NQA\"]\nignore = [\"SYN001\"]\n",
    );
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // Also when run from the file's own directory.
    let run = symlint(&dir.path().join("flows/deep"), &["impl.py"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn pyproject_tool_symlint_is_used_and_other_pyprojects_skipped() {
    let dir = TempDir::new("config-pyproject");
    dir.fixture("broken.py", "flows/impl.py");
    dir.write(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.symlint]\nselect = [\"SYN\"]\nignore = [\"SYN001\"]\n",
    );
    // A pyproject.toml without [tool.symlint] nearer the file is skipped.
    dir.write("flows/pyproject.toml", "[project]\nname = \"flows\"\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn nearest_configuration_wins() {
    let dir = TempDir::new("config-nearest");
    dir.fixture("broken.py", "a/impl.py");
    dir.fixture("broken.py", "b/impl.py");
    dir.write(
        "symlint.toml",
        "select = [\"SYN\", \"NQA\"]\nignore = [\"SYN001\"]\n",
    );
    dir.write("b/symlint.toml", "select = [\"SYN\"]\n");
    let hits = json_hits(dir.path(), &[]);
    assert_eq!(hits, vec![hit("b/impl.py", "SYN001", 5, 25)]);
    // symlint.toml wins over pyproject.toml in the same directory.
    dir.write("b/pyproject.toml", "[tool.symlint]\nignore = [\"SYN\"]\n");
    assert_eq!(json_hits(dir.path(), &[]).len(), 1);
}

#[test]
fn command_line_overrides_configuration() {
    let dir = TempDir::new("config-cli");
    dir.fixture("broken.py", "impl.py");
    dir.write("warn.py", "x = 1  # noqa: SYN999\n");
    dir.write("symlint.toml", "select = [\"NQA\"]\n");
    assert_eq!(
        json_hits(dir.path(), &[]),
        vec![hit("warn.py", "NQA001", 1, 16)]
    );
    // --select replaces the configuration's selection.
    assert_eq!(
        json_hits(dir.path(), &["--select", "SYN"]),
        vec![hit("impl.py", "SYN001", 5, 25)]
    );
    // --extend-select adds to it.
    assert_eq!(
        json_hits(dir.path(), &["--extend-select", "SYN001"]).len(),
        2
    );
    // --ignore removes from it.
    assert_eq!(json_hits(dir.path(), &["--ignore", "NQA001"]), vec![]);
    // --no-config: every rule.
    assert_eq!(
        json_hits(dir.path(), &["--no-config", "--select", "SYN,NQA"]).len(),
        2
    );
    // --config FILE: that file for everything.
    dir.write("other.toml", "select = [\"SYN\"]\n");
    assert_eq!(
        json_hits(dir.path(), &["--config", "other.toml"]),
        vec![hit("impl.py", "SYN001", 5, 25)]
    );
}

#[test]
fn bad_configuration_exits_two_naming_file_and_key() {
    let dir = TempDir::new("config-bad");
    dir.fixture("clean.py", "impl.py");
    let config = dir.write("symlint.toml", "select = [\"SYN\"]\nignroe = [\"NQA\"]\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!(
            "symlint: error: invalid configuration: {}:2: `ignroe`: unknown key; did you mean `ignore`?\n",
            config.display()
        )
    );

    dir.write("symlint.toml", "select = \"SYN\"\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("symlint.toml:1: `select`: expected an array of strings, found string"),
        "{}",
        run.stderr
    );

    dir.write("symlint.toml", "select = [\"SYN\"\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("symlint.toml:"), "{}", run.stderr);
    assert!(run.stderr.contains("invalid TOML"), "{}", run.stderr);

    std::fs::remove_file(&config).expect("remove");
    dir.write("pyproject.toml", "[tool.symlint]\nexclude = [1]\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("pyproject.toml:2: `exclude`: expected an array of strings"),
        "{}",
        run.stderr
    );

    let run = symlint(dir.path(), &["--config", "missing.toml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("missing.toml: cannot read"),
        "{}",
        run.stderr
    );
}

#[test]
fn exclude_patterns_apply_while_walking() {
    let dir = TempDir::new("exclude");
    dir.fixture("broken.py", "legacy/impl.py");
    dir.fixture("broken.py", "flows/old_impl.py");
    dir.fixture("broken.py", "flows/impl.py");
    dir.write(
        "symlint.toml",
        "exclude = [\"legacy\", \"flows/old_*.py\"]\nselect = [\"SYN\"]\n",
    );
    assert_eq!(
        json_hits(dir.path(), &[]),
        vec![hit("flows/impl.py", "SYN001", 5, 25)]
    );
    // --config with a relative path (with `..`): patterns are relative to
    // that file's directory, also for absolute paths on the command line.
    dir.write("other.toml", "exclude = [\"flows\"]\nselect = [\"SYN\"]\n");
    let absolute = dir.path().to_string_lossy().into_owned();
    let legacy = dir
        .path()
        .join("legacy/impl.py")
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        json_hits(
            &dir.path().join("legacy"),
            &["--config", "../other.toml", &absolute]
        ),
        vec![hit(&legacy, "SYN001", 5, 25)]
    );
    // A file named explicitly is checked even when excluded.
    assert_eq!(
        json_hits(dir.path(), &["legacy/impl.py"]),
        vec![hit("legacy/impl.py", "SYN001", 5, 25)]
    );
}

// ---- walking ----

#[test]
fn directory_walking_skips_hidden_virtualenvs_and_caches() {
    let dir = TempDir::new("walk");
    for skipped in [
        ".git/hooks/x.py",
        ".terraform/modules/x.py",
        ".hidden/x.py",
        "venv/lib/x.py",
        ".venv/lib/x.py",
        "env/lib/x.py",
        "__pycache__/x.py",
        "node_modules/pkg/x.py",
        "flows/.secret.py",
        "flows/notes.txt",
    ] {
        dir.fixture("broken.py", skipped);
    }
    dir.write("env/pyvenv.cfg", "home = /usr/bin\n");
    dir.fixture("broken.py", "z.py");
    dir.fixture("broken.py", "flows/b/impl.py");
    dir.fixture("broken.py", "flows/a/impl.py");
    dir.fixture("clean.py", "flows/clean.py");
    let files: Vec<String> = json_hits(dir.path(), &["--select", "SYN"])
        .into_iter()
        .map(|(file, ..)| file)
        .collect();
    assert_eq!(files, vec!["flows/a/impl.py", "flows/b/impl.py", "z.py"]);

    // Naming a directory walks it with paths shown under it.
    let files: Vec<String> = json_hits(dir.path(), &["--select", "SYN", "flows"])
        .into_iter()
        .map(|(file, ..)| file)
        .collect();
    assert_eq!(files, vec!["flows/a/impl.py", "flows/b/impl.py"]);

    // Named explicitly, a hidden or skipped file is checked.
    let files: Vec<String> = json_hits(
        dir.path(),
        &["--select", "SYN", ".hidden/x.py", "venv/lib/x.py"],
    )
    .into_iter()
    .map(|(file, ..)| file)
    .collect();
    assert_eq!(files, vec![".hidden/x.py", "venv/lib/x.py"]);

    // The summary counts every checked file.
    let run = symlint(dir.path(), &["--select", "SYN"]);
    assert!(
        run.stdout
            .ends_with("Found 3 errors, 0 warnings in 3 files (4 files checked).\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn output_is_deterministic() {
    let dir = TempDir::new("determinism");
    for index in 0..40 {
        dir.fixture("noqa.py", &format!("d{}/f{index}.py", index % 7));
        dir.fixture("broken.py", &format!("d{}/g{index}.py", index % 5));
    }
    let first = symlint(dir.path(), &["--format", "json"]);
    let second = symlint(dir.path(), &["--format", "json"]);
    assert_eq!(first.stdout, second.stdout);
    let hits = json_hits(dir.path(), &[]);
    let mut sorted = hits.clone();
    sorted.sort_by(|a, b| (&a.0, a.2, a.3).cmp(&(&b.0, b.2, b.3)));
    assert_eq!(hits, sorted);
}

#[test]
fn no_python_files_is_a_warning() {
    let dir = TempDir::new("empty");
    dir.write("README.md", "nothing\n");
    let run = symlint(dir.path(), &[]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr,
        "symlint: warning: no Python or Terraform files found\n"
    );
}

// ---- flags ----

#[test]
fn statistics() {
    let dir = TempDir::new("statistics");
    dir.fixture("broken.py", "a.py");
    dir.fixture("broken.py", "b.py");
    dir.fixture("noqa.py", "c.py");
    let run = symlint(dir.path(), &["--statistics", "--select", "SYN,RT,NQA"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "2  SYN001  syntax-error\n1  NQA001  unknown-noqa-code\n1  RT001   missing-builtin\n"
    );
    let run = symlint(
        dir.path(),
        &["--statistics", "--format", "json", "--select", "SYN,RT,NQA"],
    );
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        value,
        serde_json::json!([
            {"code": "SYN001", "name": "syntax-error", "count": 2},
            {"code": "NQA001", "name": "unknown-noqa-code", "count": 1},
            {"code": "RT001", "name": "missing-builtin", "count": 1}
        ])
    );
}

#[test]
fn select_and_ignore_prefixes() {
    let dir = TempDir::new("select");
    dir.fixture("noqa.py", "impl.py");
    assert_eq!(
        json_hits(dir.path(), &["--select", "NQA"]),
        vec![hit("impl.py", "NQA001", 13, 38)]
    );
    assert_eq!(
        json_hits(
            dir.path(),
            &["--select", "RT", "--select", "NQA001", "--ignore", "RT001"]
        ),
        vec![hit("impl.py", "NQA001", 13, 38)]
    );
    // The more specific selector wins.
    assert_eq!(
        json_hits(dir.path(), &["--select", "RT001", "--ignore", "RT"]),
        vec![hit("impl.py", "RT001", 10, 9)]
    );
}

// ---- symlint rule ----

#[test]
fn rule_prints_the_doc() {
    let dir = TempDir::new("rule");
    for wanted in ["SYN001", "syn001", "syntax-error"] {
        let run = symlint(dir.path(), &["rule", wanted]);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.starts_with(
                "SYN001 (syntax-error)\nSeverity: error\nSummary: The file is not valid Python\n\n## What it does\n"
            ),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("## Instead\n"));
    }
    let run = symlint(dir.path(), &["rule", "NQA001"]);
    assert!(run.stdout.contains("Severity: warning"), "{}", run.stdout);
}

#[test]
fn unknown_rule_suggests() {
    let dir = TempDir::new("rule-unknown");
    let run = symlint(dir.path(), &["rule", "SYN01"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "symlint: error: unknown rule `SYN01`; did you mean `SYN001`?\n(`symlint rule --all` lists every rule)\n"
    );
    let run = symlint(dir.path(), &["rule", "QQQQQQQQ"]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains("did you mean"));
}

#[test]
fn rule_all_lists_every_rule() {
    let dir = TempDir::new("rule-all");
    let run = symlint(dir.path(), &["rule", "--all"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("SYN001  syntax-error"))
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("NQA001  unknown-noqa-code"))
    );
    assert!(
        lines
            .iter()
            .any(|line| line.ends_with("The file is not valid Python"))
    );
    let codes: Vec<&str> = lines.iter().filter_map(|l| l.split(' ').next()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);

    let run = symlint(dir.path(), &["rule", "--all", "--format", "json"]);
    let value: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value.as_array().map(Vec::len), Some(lines.len()));
}

/// `docs/rules.md` is generated from the rules' doc comments; this fails
/// when a rule changed and the page was not regenerated.
#[test]
fn rules_doc_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let expected = sym_cli::rule_doc::rules_markdown();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `UPDATE_GOLDEN=1 cargo test -p sym_cli --test symlint_cli rules_doc`"
    );
    // The binary prints the same page.
    let dir = TempDir::new("rules-md");
    let run = symlint(dir.path(), &["rule", "--all", "--format", "markdown"]);
    assert_eq!(run.stdout, expected);
}

// ---- the library API ----

#[test]
fn in_process_api() {
    let dir = TempDir::new("in-process");
    let file = dir.fixture("broken.py", "impl.py");
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut output = sym_cli::Output {
        stdout: &mut stdout,
        stderr: &mut stderr,
        stdout_is_terminal: true,
    };
    let path = file.to_string_lossy().into_owned();
    let code = sym_cli::symlint_main(
        [
            "symlint",
            "--format",
            "github",
            "--select",
            "SYN",
            path.as_str(),
        ],
        &mut output,
    );
    assert_eq!(code, 1);
    let stdout = String::from_utf8(stdout).expect("UTF-8");
    assert!(stdout.starts_with("::error file="), "{stdout}");
    assert!(stdout.contains(",line=5,col=25,"), "{stdout}");

    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut output = sym_cli::Output {
        stdout: &mut stdout,
        stderr: &mut stderr,
        stdout_is_terminal: false,
    };
    assert_eq!(
        sym_cli::symlint_main(["symlint", "--version"], &mut output),
        0
    );
    assert!(String::from_utf8_lossy(&stdout).starts_with("symlint "));
}
