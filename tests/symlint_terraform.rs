//! End-to-end tests of `symlint` on Terraform directories: each impl.py is
//! checked with the flows that run it, Terraform findings are reported in
//! the `.tf` files, and `--no-terraform` turns all of it off.
//!
//! The fixtures under `tests/fixtures/terraform/<case>/` are modelled on
//! what `symflow init` / `symflow generate` write (environment.tf,
//! versions.tf, a `.tf` file per flow, `impls/*.py`, variables.tf,
//! terraform.tfvars); each case has one inconsistency (see the README
//! there). Exact outputs are golden files under `tests/snapshots/terraform/`;
//! regenerate them with
//! `UPDATE_GOLDEN=1 cargo test -p sym_cli --test symlint_terraform`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/terraform")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `symlint rule ...` (which takes no checking flags).
fn symlint_rule(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_symlint"))
        .arg("rule")
        .args(args)
        .output()
        .expect("run symlint");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs symlint in `dir` without configuration files (the repository's own
/// must not leak into the fixtures) and without colour.
fn symlint_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_symlint"))
        .args(["--no-config", "--color", "never"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run symlint");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn symlint(args: &[&str]) -> Run {
    symlint_in(&fixtures(), args)
}

/// Compares a run with `tests/snapshots/terraform/<name>.txt`.
fn assert_golden(name: &str, args: &[&str]) -> Run {
    let run = symlint(args);
    let actual = format!(
        "$ symlint {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        run.code,
        run.stdout,
        run.stderr
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/snapshots/terraform")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(&path, &actual).expect("write golden file");
        return run;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name}: output differs from {}\n--- actual\n{actual}\n--- expected\n{expected}\n\
         (regenerate: UPDATE_GOLDEN=1 cargo test -p sym_cli --test symlint_terraform)",
        path.display()
    );
    run
}

/// `(file, code, line, column, message)` of every diagnostic.
fn json_hits(run: &Run) -> Vec<(String, String, u64, u64, String)> {
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
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn hit(
    file: &str,
    code: &str,
    line: u64,
    column: u64,
    message: &str,
) -> (String, String, u64, u64, String) {
    (
        file.to_string(),
        code.to_string(),
        line,
        column,
        message.to_string(),
    )
}

// ---- a consistent project ----

#[test]
fn consistent_project_has_no_finding() {
    let run = symlint(&["consistent"]);
    assert_eq!(run.code, 0);
    // 4 .tf files, terraform.tfvars, and the impl.py once (found by the
    // walk and named by the flow).
    assert_eq!(run.stdout, "All checks passed (6 files checked).\n");
    assert_eq!(run.stderr, "");
    let run = symlint(&["--format", "json", "consistent"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn the_current_directory_is_read_as_a_root() {
    let run = symlint_in(&fixtures().join("consistent"), &[]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (6 files checked).\n")
    );
    let run = symlint_in(&fixtures().join("undeclared_var"), &["--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        json_hits(&run),
        [hit(
            "impls/access_impl.py",
            "TF101",
            11,
            36,
            "flow `access`: there is no flow var `emergency_chanel`"
        )]
    );
}

// ---- each cross-check, reported where the user must fix it ----

#[test]
fn tf101_undeclared_flow_var() {
    assert_eq!(assert_golden("undeclared_var", &["undeclared_var"]).code, 1);
}

#[test]
fn tf102_undeclared_prompt_field() {
    assert_eq!(
        assert_golden("undeclared_field", &["undeclared_field"]).code,
        1
    );
}

#[test]
fn tf103_value_not_allowed_is_a_warning() {
    assert_eq!(
        assert_golden("value_not_allowed", &["value_not_allowed"]).code,
        0
    );
}

#[test]
fn tf104_cross_type_comparison() {
    assert_eq!(assert_golden("cross_type", &["cross_type"]).code, 1);
}

#[test]
fn tf105_is_reported_in_the_tf_file() {
    assert_eq!(
        assert_golden("prefetch_without_reducer", &["prefetch_without_reducer"]).code,
        1
    );
    let run = assert_golden(
        "prefetch_without_reducer.json",
        &["--format", "json", "prefetch_without_reducer"],
    );
    assert_eq!(
        json_hits(&run),
        [hit(
            "prefetch_without_reducer/access.tf",
            "TF105",
            37,
            7,
            "flow `access`: prompt field `group` has prefetch = true, but prefetch_without_reducer/impls/access_impl.py has no @prefetch(field_name=\"group\") reducer"
        )]
    );
}

#[test]
fn tf106_reducer_for_unknown_field_is_a_warning() {
    assert_eq!(
        assert_golden("reducer_for_unknown_field", &["reducer_for_unknown_field"]).code,
        0
    );
}

// ---- prompt field types flow into the type checker ----

#[test]
fn field_types_feed_the_sdk_rules_and_tf107() {
    assert_eq!(assert_golden("field_types", &["field_types"]).code, 1);
    let run = symlint(&["--format", "json", "field_types"]);
    let file = "field_types/impls/access_impl.py";
    assert_eq!(
        json_hits(&run),
        [
            hit(
                file,
                "SDK010",
                9,
                8,
                "`fields.get(\"backup\")` may be None here; reading `.email` would fail"
            ),
            hit(
                file,
                "SDK003",
                11,
                42,
                "`User` object has no attribute `mail`"
            ),
            hit(
                file,
                "SDK003",
                17,
                49,
                "`AccessTarget` object has no attribute `nmae`"
            ),
            hit(
                file,
                "TF107",
                18,
                12,
                "prompt field `tickets` is `list[str]`; adding it to a str raises TypeError"
            ),
            hit(
                file,
                "TF107",
                19,
                24,
                "prompt field `hours` is `int`, which has no attribute `isdigit`"
            ),
            hit(
                file,
                "TF107",
                23,
                28,
                "prompt field `reviewers` is `list[User]`, which has no attribute `email`"
            ),
        ]
    );
}

#[test]
fn field_types_used_as_declared_are_clean() {
    let run = symlint(&["field_types_consistent"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "All checks passed (6 files checked).\n", "")
    );
}

#[test]
fn field_types_need_the_flows() {
    // Without Terraform the fields are untyped: none of those findings.
    let run = symlint(&["--no-terraform", "field_types"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (1 file checked).\n")
    );
}

#[test]
fn field_types_of_flows_sharing_an_impl() {
    // `hours` is int and string: untyped; `urgent` bool and int: a number;
    // `approver` a User in both.
    assert_eq!(
        assert_golden("field_types_shared", &["field_types_shared"]).code,
        1
    );
    let run = symlint(&["--format", "json", "field_types_shared"]);
    let file = "field_types_shared/impls/access_impl.py";
    assert_eq!(
        json_hits(&run),
        [
            hit(
                file,
                "TF107",
                12,
                25,
                "prompt field `urgent` is `bool | int`, which has no attribute `upper`"
            ),
            hit(
                file,
                "SDK003",
                15,
                42,
                "`User` object has no attribute `mail`"
            ),
        ]
    );
}

// ---- Terraform-side problems ----

#[test]
fn broken_hcl_is_reported_and_the_rest_still_read() {
    assert_eq!(assert_golden("broken_hcl", &["broken_hcl"]).code, 1);
}

#[test]
fn missing_implementation_file() {
    let run = assert_golden("missing_impl", &["missing_impl"]);
    assert_eq!(run.code, 1);
    // The missing file is a finding in the .tf file, not an I/O error.
    assert_eq!(run.stderr, "");
}

// ---- modules, tfvars, shared implementations, loose files ----

#[test]
fn module_called_twice_names_the_instance_lacking_a_var() {
    assert_eq!(assert_golden("module", &["module"]).code, 1);
}

#[test]
fn tfvars_files_replace_the_default_map() {
    // override.auto.tfvars replaces terraform.tfvars, which replaced the
    // variable's default: `emergency_channel` is gone.
    assert_eq!(
        assert_golden("tfvars_resolution", &["tfvars_resolution"]).code,
        1
    );
}

#[test]
fn shared_impl_finding_names_the_flow() {
    assert_eq!(assert_golden("shared_impl", &["shared_impl"]).code, 1);
    let run = symlint(&["--format", "json", "shared_impl"]);
    // Checked once, although both the walk and two flows name the file.
    assert_eq!(json_hits(&run).len(), 1);
}

#[test]
fn loose_python_beside_terraform_is_still_linted() {
    assert_eq!(assert_golden("loose_py", &["loose_py"]).code, 1);
}

#[test]
fn a_tree_of_projects_reads_each_root_once_and_modules_not_as_roots() {
    let run = assert_golden("all_cases.json", &["--format", "json", "."]);
    assert_eq!(run.code, 1);
    let hits = json_hits(&run);
    // The module directory is not a root of its own: no finding about its
    // variables having no value, and the module's impl.py reported once.
    assert!(
        hits.iter()
            .all(|hit| !hit.0.starts_with("module/modules/okta_flow/") || hit.1 == "TF101"),
        "{hits:?}"
    );
    assert_eq!(
        hits.iter()
            .filter(|hit| hit.0.starts_with("module/"))
            .count(),
        1
    );
}

// ---- turning it off, selecting, suppressing ----

#[test]
fn no_terraform_lints_python_files_alone() {
    let run = symlint(&["--no-terraform", "undeclared_var"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (1 file checked).\n")
    );
    let run = symlint(&["--no-terraform", "missing_impl"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr,
        "symlint: warning: no Python or Terraform files found\n"
    );
}

#[test]
fn tf_codes_are_selectable_and_ignorable() {
    let run = symlint(&["--ignore", "TF101", "undeclared_var"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (6 files checked).\n")
    );
    let run = symlint(&["--ignore", "TF", "prefetch_without_reducer", "broken_hcl"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // --select TF: the syntax error of the loose file is not reported.
    let run = symlint(&["--select", "TF", "loose_py"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (7 files checked).\n")
    );
    let run = symlint(&["--select", "TF9", "consistent"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "symlint: error: --select: `TF9` is not a rule code or prefix; did you mean `TF009`?\n"
    );
}

#[test]
fn noqa_tf_code_in_impl_py() {
    // `# noqa: TF101` silences the first read and is not an unknown code
    // (no NQA001); the second read is reported.
    assert_eq!(assert_golden("noqa", &["noqa"]).code, 1);
}

// ---- output formats with .tf locations ----

#[test]
fn github_format_points_into_tf_files() {
    let run = symlint(&[
        "--format",
        "github",
        "prefetch_without_reducer",
        "undeclared_var",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=prefetch_without_reducer/access.tf,line=37,col=7,endLine=37,endColumn=22,title=TF105::flow `access`: prompt field `group` has prefetch = true, but prefetch_without_reducer/impls/access_impl.py has no @prefetch(field_name=\"group\") reducer%0Ahelp: add `@prefetch(field_name=\"group\")` to a function of prefetch_without_reducer/impls/access_impl.py returning a list of FieldOption, or remove `prefetch = true`\n\
         ::error file=undeclared_var/impls/access_impl.py,line=11,col=36,endLine=11,endColumn=54,title=TF101::flow `access`: there is no flow var `emergency_chanel`%0Ahelp: did you mean `emergency_channel`?\n"
    );
}

#[test]
fn sarif_lists_tf_rules_and_tf_locations() {
    let run = symlint(&["--format", "sarif", "broken_hcl"]);
    assert_eq!(run.code, 1);
    let log: Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    let driver = &log["runs"][0]["tool"]["driver"];
    let rules = driver["rules"].as_array().expect("rules");
    for code in ["TF001", "TF101", "TF105", "SYN001"] {
        assert!(
            rules.iter().any(|rule| rule["id"] == code),
            "{code} not listed"
        );
    }
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "TF001");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "broken_hcl/versions.tf"
    );
    assert_eq!(location["region"]["startLine"], 7);
    let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], "TF001");
}

#[test]
fn statistics_name_tf_rules() {
    let run = symlint(&["--statistics", "undeclared_var", "prefetch_without_reducer"]);
    assert_eq!(
        run.stdout,
        "1  TF101  undeclared-flow-var\n1  TF105  prefetch-without-reducer\n"
    );
}

// ---- symlint rule ----

#[test]
fn rule_prints_tf_docs() {
    let run = symlint_rule(&["TF101"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("TF101 (undeclared-flow-var)\nSeverity: error\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("## What it does"));
    let run = symlint_rule(&["prefetch-without-reducer"]);
    assert!(run.stdout.starts_with("TF105 (prefetch-without-reducer)"));
    let run = symlint_rule(&["--all"]);
    for code in ["TF001", "TF017", "TF101", "TF106", "SYN001"] {
        assert!(
            run.stdout.lines().any(|line| line.starts_with(code)),
            "{code} missing from rule --all"
        );
    }
}

// ---- files named on the command line ----

#[test]
fn a_named_impl_py_finds_its_flows_above_it() {
    // Only the cross-check findings are reported: the .tf file holding one
    // is shown, the rest of the root is not checked.
    assert_eq!(
        assert_golden(
            "named_impl",
            &["prefetch_without_reducer/impls/access_impl.py"]
        )
        .code,
        1
    );
    // From inside impls/, paths stay relative.
    let run = symlint_in(
        &fixtures().join("undeclared_var/impls"),
        &["--format", "json", "access_impl.py"],
    );
    assert_eq!(
        json_hits(&run),
        [hit(
            "access_impl.py",
            "TF101",
            11,
            36,
            "flow `access`: there is no flow var `emergency_chanel`"
        )]
    );
    let run = symlint(&["--no-terraform", "undeclared_var/impls/access_impl.py"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "All checks passed (1 file checked).\n")
    );
}

#[test]
fn a_named_tf_file_stands_for_its_directory() {
    let run = symlint(&["--format", "json", "undeclared_var/access.tf"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        json_hits(&run),
        [hit(
            "undeclared_var/impls/access_impl.py",
            "TF101",
            11,
            36,
            "flow `access`: there is no flow var `emergency_chanel`"
        )]
    );
}

#[test]
fn two_roots_sharing_a_module_beside_them() {
    // prod/ and sandbox/ both call ../modules/okta_flow: the module is not
    // a root, its impl.py is checked once against the four flow instances
    // (path.module is `../modules/okta_flow` from each root).
    let run = assert_golden("environments", &["environments"]);
    assert_eq!(run.code, 1);
}
