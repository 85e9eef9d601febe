//! The runtime and the SDK descriptor (`sym_sdk`) must agree on every
//! integration function the runtime serves: same module, same name, same
//! parameters in the same order and of the same kind. A mismatch means the
//! checker and `symc run` would disagree about a call.

use sym_runtime::sdk_surface::{INTEGRATION_FUNCTIONS, STUB_INTEGRATIONS};
use sym_sdk::ParamKind;

/// The descriptor's parameters in the surface's notation: `*name` for
/// `*args`, a lone `*` before the first keyword-only parameter.
fn descriptor_params(path: &str) -> Option<Vec<String>> {
    let function = sym_sdk::sdk().function(path)?;
    let mut params = Vec::new();
    let mut keyword_only_started = false;
    for param in &function.params {
        match param.kind {
            ParamKind::VarPositional => {
                keyword_only_started = true;
                params.push(format!("*{}", param.name));
            }
            ParamKind::KeywordOnly => {
                if !keyword_only_started {
                    keyword_only_started = true;
                    params.push("*".to_string());
                }
                params.push(param.name.clone());
            }
            ParamKind::VarKeyword => params.push(format!("**{}", param.name)),
            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword => {
                params.push(param.name.clone())
            }
        }
    }
    Some(params)
}

#[test]
fn every_served_integration_function_matches_the_descriptor() {
    let mut problems = Vec::new();
    for (module, name, params) in INTEGRATION_FUNCTIONS {
        let path = format!("sym.sdk.integrations.{module}.{name}");
        match descriptor_params(&path) {
            None => problems.push(format!("{path}: not in the descriptor")),
            // An empty list marks a function served only as `UnmockedCall`.
            Some(_) if params.is_empty() => {}
            Some(found) if found != *params => {
                problems.push(format!("{path}: runtime {params:?}, descriptor {found:?}"))
            }
            Some(_) => {}
        }
    }
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
