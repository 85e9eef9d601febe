//! The differential suite: every case under `tests/cases/` is run in-process
//! and its stdout and exit status compared byte for byte with what the
//! oracle printed (`expected.json`, `exit`; regenerate with
//! `regen-cases.sh`). The `ex*` cases are the oracle's 12 reference examples.

use std::path::{Path, PathBuf};

use sym_runtime::{RunRequest, run};

/// Cases where we knowingly differ from the oracle, and why. Each must still
/// differ: when one starts to match, remove it from this list.
const KNOWN_DIVERGENCES: &[(&str, &str)] = &[];

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

fn run_case(dir: &Path) -> (String, i32) {
    let handler = std::fs::read_to_string(dir.join("handler")).unwrap_or_default();
    let world = dir.join("world.json");
    let request = RunRequest::new(
        dir.join("impl.py"),
        handler.trim(),
        dir.join("event.json"),
        world.exists().then_some(world),
    );
    let outcome = run(&request);
    (outcome.stdout, outcome.exit_code)
}

#[test]
fn every_case_matches_the_oracle() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    assert!(dirs.len() >= 150, "only {} cases", dirs.len());
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let expected = std::fs::read_to_string(dir.join("expected.json")).unwrap_or_default();
        let expected_exit: i32 = std::fs::read_to_string(dir.join("exit"))
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(-1);
        let (stdout, exit) = run_case(dir);
        let matches = stdout == expected && exit == expected_exit;
        let known = KNOWN_DIVERGENCES.iter().any(|(n, _)| *n == name);
        if known && matches {
            failures.push(format!(
                "{name}: now matches the oracle; remove it from KNOWN_DIVERGENCES"
            ));
        } else if !known && !matches {
            failures.push(format!(
                "{name}: exit {exit} (oracle {expected_exit})\n--- ours\n{stdout}--- oracle\n{expected}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}

#[test]
fn the_twelve_oracle_examples_are_in_the_suite() {
    let count = std::fs::read_dir(cases_dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().starts_with("ex"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(count, 12);
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sym_runtime_{name}_{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

#[test]
fn runs_that_cannot_start_exit_2_with_nothing_on_stdout() {
    let dir = scratch("start");
    let event = write(
        &dir,
        "event.json",
        r#"{"name": "request", "user": "a@example.com"}"#,
    );
    let good = write(&dir, "good.py", "def h(event):\n    return 1\n");
    let refused = write(&dir, "refused.py", "def h(event)\n    return 1\n");
    let bad_json = write(&dir, "bad.json", "{");
    let bad_event = write(
        &dir,
        "bad_event.json",
        r#"{"name": "nope", "user": "a@example.com"}"#,
    );
    let not_callable = write(&dir, "nc.py", "h = 3\n");
    for (impl_path, handler, event, needle) in [
        (&good, "missing", &event, "unknown handler 'missing'"),
        (&refused, "h", &event, "is not accepted"),
        (&good, "h", &bad_json, "cannot read event"),
        (&good, "h", &bad_event, "event.name: must be one of"),
        (
            &not_callable,
            "h",
            &event,
            "not a function once the module ran",
        ),
        (&dir.join("absent.py"), "h", &event, "cannot read"),
    ] {
        let outcome = run(&RunRequest::new(
            impl_path.clone(),
            handler,
            event.clone(),
            None,
        ));
        assert_eq!(outcome.exit_code, 2, "{needle}: {}", outcome.stderr);
        assert_eq!(outcome.stdout, "", "{needle}");
        assert!(
            outcome.stderr.contains(needle),
            "{needle} not in {}",
            outcome.stderr
        );
    }
}

#[test]
fn limits_are_reported_as_resource_limit() {
    let dir = scratch("limits");
    let event = write(
        &dir,
        "event.json",
        r#"{"name": "request", "user": "a@example.com"}"#,
    );
    let spin = write(
        &dir,
        "spin.py",
        "def h(event):\n    while True:\n        pass\n",
    );
    let mut request = RunRequest::new(spin, "h", event.clone(), None);
    request.limits.fuel = 10_000;
    let outcome = run(&request);
    assert_eq!(outcome.exit_code, 1);
    assert!(
        outcome.stdout.contains("\"type\": \"ResourceLimit\""),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains("fuel limit of 10000 instructions exceeded"),
        "{}",
        outcome.stdout
    );

    let chatty = write(
        &dir,
        "chatty.py",
        "def h(event):\n    for i in range(100):\n        print('x' * 50)\n",
    );
    let mut request = RunRequest::new(chatty, "h", event, None);
    request.limits.output = 1024;
    let outcome = run(&request);
    assert!(
        outcome.stdout.contains("output limit of 1 KiB exceeded"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn a_compiled_flow_runs_like_its_source() {
    let dir = scratch("flow");
    let event = write(
        &dir,
        "event.json",
        r#"{"name": "request", "user": "a@example.com", "fields": {"n": 2}}"#,
    );
    let source = "def h(event):\n    print('n is', event.payload.fields['n'])\n    return event.payload.fields['n'] * 21\n";
    let src = write(&dir, "impl.py", source);
    let program = sym_vm::compile(source).unwrap_or_else(|_| panic!("compiles"));
    let flow = dir.join("impl.symc");
    std::fs::write(&flow, sym_vm::flow::encode(&program)).unwrap_or_else(|e| panic!("{e}"));
    let a = run(&RunRequest::new(src, "h", event.clone(), None));
    let b = run(&RunRequest::new(flow, "h", event, None));
    assert_eq!(a.exit_code, 0);
    assert!(a.stdout.contains("\"result\": 42"), "{}", a.stdout);
    assert_eq!(a, b);
}
