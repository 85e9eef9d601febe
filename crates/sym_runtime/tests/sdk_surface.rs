//! The runtime and the SDK descriptor (`sym_sdk`) agree on every name and
//! parameter: the runtime's host functions are registered from the
//! descriptor's signatures (`src/descriptor.rs`, generated; see
//! `tests/descriptor.rs`) and bound through them. These tests fail when an
//! implementation names something the descriptor lacks, when a descriptor
//! function is left unmodelled without being listed here, and when a call
//! is not bound the way the descriptor says.

use sym_runtime::descriptor::SIGNATURES;
use sym_runtime::sdk::{RUNNER_CLASSES, SDK_ERRORS};
use sym_runtime::served::{IMPLEMENTATIONS, RUNNER_SIGNATURES, implementation};

/// The descriptor's functions and methods (of the modules the runtime
/// serves) that it does not model, and what a handler gets from them: the
/// reference runner's behaviour, which a run reproduces.
const NOT_MODELLED: &[(&str, &str)] = &[
    ("sym.sdk.integrations.okta.list_groups", "UnmockedCall"),
    (
        "sym.sdk.integrations.pagerduty.get_incidents",
        "UnmockedCall",
    ),
    (
        "sym.sdk.integrations.pagerduty.has_incident",
        "UnmockedCall",
    ),
    ("sym.sdk.integrations.slack.get_user_info", "UnmockedCall"),
    ("sym.sdk.integrations.slack.list_users", "UnmockedCall"),
    (
        "sym.sdk.integrations.slack.is_user_in_group",
        "UnmockedCall",
    ),
    (
        "sym.sdk.request_destination.RequestDestination.parse_obj",
        "None (no such attribute)",
    ),
    (
        "sym.sdk.request_destination.SlackUser.mention",
        "None (no such attribute)",
    ),
    (
        "sym.sdk.user.User.get_event_count",
        "None (no such attribute)",
    ),
];

#[test]
fn every_implementation_is_a_descriptor_signature() {
    let sdk = sym_sdk::sdk();
    let mut problems = Vec::new();
    for imp in IMPLEMENTATIONS {
        if sdk.function(imp.path).is_none() {
            problems.push(format!(
                "{}: implemented but not in the descriptor",
                imp.path
            ));
        }
        if !SIGNATURES.iter().any(|s| s.path == imp.path) {
            problems.push(format!(
                "{}: implemented but not among the generated signatures",
                imp.path
            ));
        }
        if IMPLEMENTATIONS
            .iter()
            .filter(|i| i.path == imp.path)
            .count()
            > 1
        {
            problems.push(format!("{}: implemented twice", imp.path));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_descriptor_functions_not_modelled_are_the_listed_ones() {
    let unmodelled: Vec<&str> = SIGNATURES
        .iter()
        .map(|s| s.path)
        .filter(|path| implementation(path).is_none())
        .collect();
    let listed: Vec<&str> = NOT_MODELLED.iter().map(|(path, _)| *path).collect();
    assert_eq!(
        unmodelled, listed,
        "the descriptor functions without an implementation changed: update NOT_MODELLED"
    );
}

#[test]
fn every_integration_function_of_a_stubbed_module_is_unmocked() {
    // The integrations the runtime does not model at all: each function the
    // descriptor gives them raises UnmockedCall naming it.
    let sdk = sym_sdk::sdk();
    let modelled = ["aws_lambda", "okta", "pagerduty", "slack"];
    let mut src = String::from("import json\n");
    let mut expected = Vec::new();
    for module in sym_runtime::descriptor::INTEGRATIONS {
        if modelled.contains(module) {
            continue;
        }
        let path = format!("sym.sdk.integrations.{module}");
        src.push_str(&format!("from sym.sdk.integrations import {module}\n"));
        let Some(descriptor_module) = sdk.module(&path) else {
            panic!("{path} is not in the descriptor");
        };
        for (name, item) in &descriptor_module.items {
            if matches!(item, sym_sdk::Item::Function(_)) {
                expected.push(format!("{module}.{name}"));
            }
        }
    }
    assert!(
        expected.len() > 20,
        "only {} stub functions",
        expected.len()
    );
    src.push_str("def h(event):\n    seen = []\n");
    for call in &expected {
        src.push_str(&format!(
            "    try:\n        {call}(1, x=2)\n        seen.append('returned')\n    except:\n        seen.append('raised')\n"
        ));
    }
    src.push_str("    return seen\n");
    let report = run_json(&src);
    // The run ends with the first UnmockedCall (it is sticky), every call raised.
    assert_eq!(report["error"]["type"], "UnmockedCall", "{report}");
    assert_eq!(
        report["error"]["message"],
        expected.first().map(String::as_str).unwrap_or(""),
        "{report}"
    );
}

#[test]
fn every_runner_signature_still_differs_from_the_descriptor() {
    let mut problems = Vec::new();
    for imp in IMPLEMENTATIONS {
        let Some(runner) = imp.runner_signature else {
            continue;
        };
        if !RUNNER_SIGNATURES.iter().any(|(path, _)| *path == imp.path) {
            problems.push(format!(
                "{}: binds by the runner's signature without saying why in RUNNER_SIGNATURES",
                imp.path
            ));
        }
        let Some(descriptor) = SIGNATURES.iter().find(|s| s.path == imp.path) else {
            problems.push(format!("{}: not in the descriptor", imp.path));
            continue;
        };
        if descriptor.params == runner.params {
            problems.push(format!(
                "{}: the descriptor now agrees with the runner; drop the runner's signature",
                imp.path
            ));
        }
    }
    for (path, _) in RUNNER_SIGNATURES {
        if !IMPLEMENTATIONS
            .iter()
            .any(|i| i.path == *path && i.runner_signature.is_some())
        {
            problems.push(format!("{path}: listed but no implementation uses it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The attributes the descriptor's class declares (its ancestors' too).
fn descriptor_attributes(class_path: &str) -> Option<Vec<String>> {
    let sdk = sym_sdk::sdk();
    let class = sdk.class(class_path)?;
    let mut fields: Vec<String> = class.attributes.iter().map(|a| a.name.clone()).collect();
    for ancestor in sdk.ancestors(&class.path) {
        fields.extend(ancestor.attributes.iter().map(|a| a.name.clone()));
    }
    Some(fields)
}

#[test]
fn every_slot_of_a_runner_class_is_declared_by_the_descriptor() {
    let mut problems = Vec::new();
    for class in RUNNER_CLASSES {
        let Some(declared) = descriptor_attributes(class.path) else {
            problems.push(format!("{}: not in the descriptor", class.path));
            continue;
        };
        if SIGNATURES
            .iter()
            .any(|s| s.path == format!("{}.__init__", class.path))
        {
            problems.push(format!(
                "{}: the descriptor has a constructor now; serve it instead",
                class.path
            ));
        }
        for slot in class.slots {
            if !declared.iter().any(|d| d == slot) {
                problems.push(format!(
                    "{}.{slot}: not declared by the descriptor",
                    class.path
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_sdk_error_is_a_descriptor_exception_with_that_parent() {
    let sdk = sym_sdk::sdk();
    let mut problems = Vec::new();
    for (name, parent, _) in SDK_ERRORS {
        let Some(class) = sdk.class(&format!("sym.sdk.exceptions.{name}")) else {
            problems.push(format!("sym.sdk.exceptions.{name}: not in the descriptor"));
            continue;
        };
        let expected = if parent.is_empty() {
            "Exception"
        } else {
            parent
        };
        let bases: Vec<&str> = class
            .bases
            .iter()
            .map(|b| b.rsplit('.').next().unwrap_or(b))
            .collect();
        if !bases.contains(&expected) {
            problems.push(format!(
                "{name}: bases {bases:?}, the runtime has {expected}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs `src` (a module whose function `h` is the handler) against a world
/// with every integration section, and returns the report.
fn run_json(src: &str) -> serde_json::Value {
    let dir = std::env::temp_dir().join(format!(
        "sym_runtime_surface_{}_{}",
        std::process::id(),
        src.len()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let impl_py = dir.join("impl.py");
    let event = dir.join("event.json");
    let world = dir.join("world.json");
    std::fs::write(&impl_py, src).expect("impl.py");
    std::fs::write(
        &event,
        r#"{"name": "request", "user": "alice@example.com"}"#,
    )
    .expect("event.json");
    std::fs::write(
        &world,
        r#"{"users": [{"email": "alice@example.com"}], "slack": {}, "okta": {}, "pagerduty": {}, "aws_lambda": {}, "step_output": {}}"#,
    )
    .expect("world.json");
    let output = sym_runtime::run::run(&sym_runtime::run::RunRequest::new(
        &impl_py,
        "h",
        &event,
        Some(world),
    ));
    let _ = std::fs::remove_dir_all(&dir);
    serde_json::from_str(&output.stdout)
        .unwrap_or_else(|e| panic!("run output is not JSON ({e}): {}", output.stdout))
}

#[test]
fn every_served_module_function_binds_through_its_signature() {
    // Each descriptor function of a served module, called with a keyword no
    // signature has: a modelled one raises the binder's TypeError under the
    // reference runner's name, an unmodelled one UnmockedCall.
    let modules = [
        "sym.sdk.integrations.slack",
        "sym.sdk.integrations.okta",
        "sym.sdk.integrations.pagerduty",
        "sym.sdk.integrations.aws_lambda",
        "sym.sdk.annotations",
        "sym.sdk.templates.step",
        "sym.sdk.user",
    ];
    let mut src = String::new();
    let mut calls = Vec::new();
    for module in modules {
        let (package, short) = module.rsplit_once('.').unwrap_or(("", module));
        src.push_str(&format!("from {package} import {short}\n"));
        for signature in SIGNATURES.iter().filter(|s| s.owner() == module) {
            calls.push((signature.path, format!("{short}.{}", signature.name())));
        }
    }
    src.push_str("def h(event):\n    seen = []\n");
    for (_, call) in &calls {
        src.push_str(&format!(
            "    try:\n        {call}(no_such_parameter=1)\n        seen.append('returned')\n    except TypeError as e:\n        seen.append(str(e))\n    except:\n        seen.append('unmocked')\n"
        ));
    }
    // Printed: the first UnmockedCall ends the run as an error (it is sticky).
    src.push_str("    for line in seen:\n        print(line)\n");
    let report = run_json(&src);
    let seen = report["output"].as_array().cloned().unwrap_or_default();
    assert_eq!(seen.len(), calls.len(), "{report}");
    let mut problems = Vec::new();
    for ((path, _), outcome) in calls.iter().zip(&seen) {
        let outcome = outcome.as_str().unwrap_or("");
        let expected = match implementation(path) {
            Some(imp) => {
                format!(
                    "{}() got an unexpected keyword argument 'no_such_parameter'",
                    imp.display
                )
            }
            None => "unmocked".to_string(),
        };
        if outcome != expected {
            problems.push(format!("{path}: {outcome} (expected {expected})"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn model_constructors_bind_through_the_descriptors_init() {
    // Required fields and defaults come from the descriptor's `__init__`:
    // leaving out a required one is a ValidationError naming it.
    let src = "from sym.sdk.notifications import Notification\n\
               from sym.sdk.request_permission import RequestPermission\n\
               from sym.sdk.field_option import FieldOption\n\
               from sym.sdk.request_destination import SlackChannelID, RequestDestinationFallback\n\
               def h(event):\n    seen = []\n\
               \x20   for make in [lambda: Notification(), lambda: RequestPermission(webapp_view='admin'), lambda: FieldOption(label='x'), lambda: SlackChannelID(allow_self=True), lambda: RequestDestinationFallback()]:\n\
               \x20       try:\n            make()\n        except ValueError as e:\n            seen.append(str(e))\n\
               \x20   seen.append(str(RequestDestinationFallback(destinations=[])))\n\
               \x20   return seen\n";
    let report = run_json(src);
    assert_eq!(
        report["result"],
        serde_json::json!([
            "Notification.destinations: field required",
            "RequestPermission.approve_deny: field required",
            "FieldOption.value: field required",
            "SlackChannelID.channel_id: field required",
            "RequestDestinationFallback.destinations: field required",
            "RequestDestinationFallback(destinations=[], continue_on_delivery_failure=True, continue_on_timeout=False)"
        ]),
        "{report}"
    );
}
