//! The library calls other crates use: flows by implementation file, field
//! and var lookup, and error tolerance on directories we write here.

use std::fs;
use std::path::{Path, PathBuf};

use sym_terraform::{FieldValueType, Implementation, VarValue, load_module};

fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("sym_terraform_api")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

#[test]
fn finds_flows_by_implementation_path_in_any_spelling() {
    let project = load_module("tests/fixtures/shared_impl");
    let names = |path: &str| -> Vec<String> {
        project
            .flows_using(Path::new(path))
            .iter()
            .map(|flow| flow.display_name())
            .collect()
    };
    assert_eq!(
        names("tests/fixtures/shared_impl/impls/shared.py"),
        ["urgent-access", "routine-access"]
    );
    assert_eq!(
        names("./tests/fixtures/shared_impl/impls/../impls/shared.py"),
        ["urgent-access", "routine-access"]
    );
    assert_eq!(
        names("tests/fixtures/shared_impl/impls/audit.py"),
        ["audit"]
    );
    assert!(names("tests/fixtures/shared_impl/impls/none.py").is_empty());
    assert_eq!(project.implementation_files().len(), 2);
}

#[test]
fn exposes_fields_vars_and_their_types() {
    let project = load_module("tests/fixtures/consistent");
    let flow = project.flow("approval").expect("the approval flow");
    assert_eq!(
        flow.field_names(),
        [
            "reason",
            "urgency",
            "hours",
            "notify_requester",
            "group",
            "target"
        ]
    );
    assert_eq!(flow.field_value_type("hours"), Some(FieldValueType::Int));
    assert_eq!(
        flow.field_value_type("notify_requester"),
        Some(FieldValueType::Bool)
    );
    assert_eq!(
        flow.field_value_type("target"),
        Some(FieldValueType::AccessTarget)
    );
    assert_eq!(flow.field_value_type("nope"), None);
    assert_eq!(flow.declares_field("target"), Some(true));
    assert_eq!(flow.declares_field("nope"), Some(false));
    assert_eq!(flow.declares_var("request_channel"), Some(true));
    assert_eq!(
        flow.vars.entries.get("emergency_channel"),
        Some(&VarValue::Known("#sym-emergencies".into()))
    );
    let strategy = flow.strategy.as_ref().expect("a strategy");
    let targets: Vec<Option<&str>> = strategy.targets.iter().map(|t| t.name.as_deref()).collect();
    assert_eq!(targets, [Some("prod-admin"), Some("staging-admin")]);
}

#[test]
fn unknown_vars_make_every_key_possible() {
    let project = load_module("tests/fixtures/tfvars_resolution");
    let opaque = project.flow("opaque").expect("opaque");
    assert_eq!(opaque.declares_var("anything"), None);
    let literal = project.flow("literal").expect("literal");
    assert!(matches!(
        literal.vars.entries.get("dynamo_arn"),
        Some(VarValue::Unknown { .. })
    ));
    let known = literal.known_vars();
    assert_eq!(
        known.get("channel").map(String::as_str),
        Some("#sym-prod-requests")
    );
    assert!(!known.contains_key("dynamo_arn"));
}

#[test]
fn a_missing_directory_is_a_diagnostic() {
    let project = load_module("tests/fixtures/does-not-exist");
    assert!(project.flows.is_empty());
    assert_eq!(project.diagnostics.len(), 1);
    assert_eq!(project.diagnostics[0].1.code, "TF002");
}

#[test]
fn truncated_files_never_panic_and_keep_ranges_in_bounds() {
    let text = fs::read_to_string("tests/fixtures/consistent/approval.tf").expect("fixture");
    let cuts: Vec<usize> = (0..text.len())
        .step_by(7)
        .filter(|i| text.is_char_boundary(*i))
        .collect();
    for cut in cuts {
        let truncated = &text[..cut];
        let dir = scratch(
            "truncated",
            &[("main.tf", truncated), ("impls/approval_impl.py", "")],
        );
        let project = load_module(&dir);
        for (path, diagnostic) in &project.diagnostics {
            if let Some(source) = project.files.get(path) {
                assert!(
                    diagnostic.range.end().to_usize() <= source.len(),
                    "range out of bounds at cut {cut}: {diagnostic:?}"
                );
            }
        }
    }
}

#[test]
fn an_unreadable_tfvars_json_is_reported_and_the_rest_loads() {
    let dir = scratch(
        "bad_json",
        &[
            (
                "main.tf",
                "variable \"v\" {\n  default = \"d\"\n}\nresource \"sym_flow\" \"f\" {\n  name = var.v\n  implementation = file(\"impl.py\")\n}\n",
            ),
            ("impl.py", ""),
            ("x.auto.tfvars.json", "{\"v\": }"),
        ],
    );
    let project = load_module(&dir);
    let codes: Vec<&str> = project.diagnostics.iter().map(|(_, d)| d.code).collect();
    assert_eq!(codes, ["TF002"]);
    assert_eq!(project.flows[0].name.as_deref(), Some("d"));
    assert_eq!(
        project.flows[0].implementation,
        Implementation::File(dir.join("impl.py"))
    );
}

#[test]
fn a_module_calling_itself_stops() {
    let dir = scratch(
        "cycle",
        &[
            (
                "main.tf",
                "module \"again\" {\n  source = \"./\"\n}\nresource \"sym_flow\" \"f\" {\n  name = \"f\"\n  implementation = file(\"impl.py\")\n}\n",
            ),
            ("impl.py", ""),
        ],
    );
    let project = load_module(&dir);
    let codes: Vec<&str> = project.diagnostics.iter().map(|(_, d)| d.code).collect();
    assert_eq!(codes, ["TF012"]);
    assert_eq!(project.flows.len(), 1);
}

#[test]
fn finds_the_flow_context_of_an_impl_from_its_path() {
    // The impl.py sits in `impls/` below the root; found without naming it.
    let context = sym_terraform::find_flow_context(
        Path::new("tests/fixtures/shared_impl/impls/shared.py"),
        None,
    )
    .expect("a flow context");
    assert!(context.root.ends_with("tests/fixtures/shared_impl"));
    let names: Vec<String> = context
        .flows
        .iter()
        .map(|flow| flow.display_name())
        .collect();
    assert_eq!(names, ["urgent-access", "routine-access"]);
    let urgent = &context.flows[0];
    assert_eq!(
        urgent
            .known_vars()
            .get("escalation_channel")
            .map(String::as_str),
        Some("#sym-escalations")
    );
    assert_eq!(urgent.field_names(), ["urgency", "reason"]);
    assert_eq!(
        urgent.field_value_type("urgency"),
        Some(FieldValueType::Str)
    );

    // A flow name narrows the context; an unknown one finds nothing.
    let routine = sym_terraform::find_flow_context(
        Path::new("tests/fixtures/shared_impl/impls/shared.py"),
        Some("routine-access"),
    )
    .expect("the routine flow");
    assert_eq!(routine.flows.len(), 1);
    assert!(routine.flows[0].declares_var("escalation_channel") == Some(false));
    assert!(
        sym_terraform::find_flow_context(
            Path::new("tests/fixtures/shared_impl/impls/shared.py"),
            Some("nope"),
        )
        .is_none()
    );
    // A file no flow runs has no context.
    assert!(
        sym_terraform::find_flow_context(Path::new("tests/fixtures/shared_impl/flows.tf"), None)
            .is_none()
    );
}

#[test]
fn flow_context_of_a_module_impl_comes_from_the_root_calling_it() {
    // The module directory has .tf files too, but only the root knows the
    // values its variables get: the outermost directory wins.
    let context = sym_terraform::find_flow_context(
        Path::new("tests/fixtures/modules/modules/okta_flow/impls/okta_impl.py"),
        None,
    )
    .expect("a flow context");
    assert!(
        context.root.ends_with("tests/fixtures/modules"),
        "{:?}",
        context.root
    );
    let names: Vec<String> = context
        .flows
        .iter()
        .map(|flow| flow.display_name())
        .collect();
    assert_eq!(names, ["okta-prod", "okta-staging"]);
    assert_eq!(
        context.flows[0]
            .known_vars()
            .get("request_channel")
            .map(String::as_str),
        Some("#prod-requests")
    );
}
