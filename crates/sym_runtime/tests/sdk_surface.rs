//! The runtime and the SDK descriptor (`sym_sdk`) must agree on every
//! integration function: the runtime binds each call through the
//! descriptor's parameters, and serves exactly the descriptor's functions.

use sym_runtime::sdk::descriptor_functions;
use sym_runtime::sdk_surface::{MODELLED_FUNCTIONS, STUB_INTEGRATIONS};

#[test]
fn every_modelled_function_is_in_the_descriptor() {
    let mut problems = Vec::new();
    for (module, names) in MODELLED_FUNCTIONS {
        let functions = descriptor_functions(module);
        let declared: Vec<&str> = functions.iter().map(|f| f.name.as_str()).collect();
        if declared.is_empty() {
            problems.push(format!(
                "sym.sdk.integrations.{module}: not in the descriptor"
            ));
        }
        for name in *names {
            if !declared.contains(name) {
                problems.push(format!(
                    "sym.sdk.integrations.{module}.{name}: modelled but not in the descriptor"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs `src` (a module whose function `h` is the handler) and returns
/// what it printed.
fn run_printing(src: &str) -> String {
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
        r#"{"users": [{"email": "alice@example.com"}], "slack": {}, "okta": {}, "pagerduty": {}, "aws_lambda": {}}"#,
    )
    .expect("world.json");
    let output = sym_runtime::run::run(&sym_runtime::run::RunRequest::new(
        &impl_py,
        "h",
        &event,
        Some(world),
    ));
    let _ = std::fs::remove_dir_all(&dir);
    output.stdout
}

#[test]
fn the_runtime_serves_the_descriptors_functions_and_binds_the_modelled_ones() {
    // A modelled function called with a keyword no signature has raises the
    // binder's TypeError; an unmodelled one raises UnmockedCall first.
    let mut src = String::from("import json\n");
    for (module, _) in MODELLED_FUNCTIONS {
        src.push_str(&format!("from sym.sdk.integrations import {module}\n"));
    }
    src.push_str("def h(event):\n    seen = []\n");
    for (module, _) in MODELLED_FUNCTIONS {
        for function in descriptor_functions(module) {
            let name = &function.name;
            src.push_str(&format!(
                "    try:\n        {module}.{name}(no_such_parameter=1)\n        seen.append('{module}.{name}: returned')\n    except TypeError as e:\n        seen.append('{module}.{name}: ' + str(e))\n    except:\n        seen.append('{module}.{name}: unmocked')\n"
            ));
        }
    }
    src.push_str("    print(json.dumps(seen))\n");
    let stdout = run_printing(&src);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("run output is JSON");
    let printed = report["output"][0].as_str().unwrap_or("[]").to_string();
    let seen: Vec<String> = serde_json::from_str(&printed).expect("printed list");
    let mut problems = Vec::new();
    for line in &seen {
        let (path, outcome) = line.split_once(": ").unwrap_or((line, ""));
        let (module, name) = path.split_once('.').unwrap_or(("", ""));
        let modelled = MODELLED_FUNCTIONS
            .iter()
            .any(|(m, names)| *m == module && names.contains(&name));
        let bound = outcome.contains("unexpected keyword argument 'no_such_parameter'");
        if modelled != bound {
            problems.push(format!("{path}: modelled={modelled}, outcome={outcome}"));
        }
    }
    assert!(!seen.is_empty(), "nothing ran: {stdout}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_stubbed_integration_is_an_sdk_module() {
    for module in STUB_INTEGRATIONS {
        let path = format!("sym.sdk.integrations.{module}");
        assert!(
            sym_sdk::sdk().module(&path).is_some(),
            "{path} is not in the descriptor"
        );
    }
}

/// The descriptor's class of this name, with the attributes it and its
/// ancestors declare.
fn descriptor_fields(class_name: &str) -> Option<Vec<String>> {
    let sdk = sym_sdk::sdk();
    let class = sdk.modules().find_map(|module| {
        module.items.iter().find_map(|(_, item)| match item {
            sym_sdk::Item::Class(c) if c.name == class_name => Some(c),
            _ => None,
        })
    })?;
    let mut fields: Vec<String> = class.attributes.iter().map(|a| a.name.clone()).collect();
    for ancestor in sdk.ancestors(&class.path) {
        fields.extend(ancestor.attributes.iter().map(|a| a.name.clone()));
    }
    if let Some(init) = class.constructor() {
        fields.extend(init.params.iter().map(|p| p.name.clone()));
    }
    Some(fields)
}

/// Fields where the runtime follows the reference runner (whose output it
/// must reproduce) rather than the SDK, and why.
const FOLLOWS_THE_REFERENCE_RUNNER: &[(&str, &str, &str)] = &[(
    "SlackUser",
    "user",
    "the reference runner's SlackUser keeps what slack.user() was given as `user` \
     (the SDK resolves it to a `user_id`)",
)];

#[test]
fn every_model_field_the_runtime_validates_is_declared_by_the_descriptor() {
    let mut problems = Vec::new();
    for (class, fields, required) in sym_runtime::sdk_surface::MODELS {
        let Some(declared) = descriptor_fields(class) else {
            problems.push(format!("{class}: not in the descriptor"));
            continue;
        };
        for field in fields.iter().chain(required.iter()) {
            let excepted = FOLLOWS_THE_REFERENCE_RUNNER
                .iter()
                .any(|(c, f, _)| c == class && f == field);
            if !declared.iter().any(|d| d == field) && !excepted {
                problems.push(format!("{class}.{field}: not declared by the descriptor"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
