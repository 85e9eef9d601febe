//! `src/descriptor.rs` is generated from the `sym_sdk` descriptor: the
//! signatures of every function, method and constructor of the SDK modules
//! the runtime serves, and the SDK's enums. The runtime registers its host
//! functions from that table and binds every call through it, so the
//! descriptor is the one list of names and parameters.
//!
//! This test fails when the file is stale. Regenerate it with
//!
//!     SYM_REGENERATE=1 cargo test -p sym_runtime --test descriptor
//!
//! (It is generated rather than read at run time because loading the
//! descriptor would cost a run more than the rest of its start-up.)

use std::fmt::Write as _;
use std::path::Path;

use sym_sdk::{Item, ParamKind};

/// The descriptor modules whose functions, classes and enums the runtime
/// serves.
const SERVED_MODULES: &[&str] = &[
    "sym.sdk.annotations",
    "sym.sdk.event",
    "sym.sdk.forms",
    "sym.sdk.integrations.aws_lambda",
    "sym.sdk.integrations.okta",
    "sym.sdk.integrations.pagerduty",
    "sym.sdk.integrations.slack",
    "sym.sdk.notifications",
    "sym.sdk.request_destination",
    "sym.sdk.request_permission",
    "sym.sdk.templates.approval",
    "sym.sdk.templates.step",
    "sym.sdk.templates.template",
    "sym.sdk.user",
];

fn kind(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::PositionalOnly => "PositionalOnly",
        ParamKind::PositionalOrKeyword => "PositionalOrKeyword",
        ParamKind::VarPositional => "VarPositional",
        ParamKind::KeywordOnly => "KeywordOnly",
        ParamKind::VarKeyword => "VarKeyword",
    }
}

fn signature(out: &mut String, path: &str, function: &sym_sdk::Function) {
    let _ = writeln!(
        out,
        "    Signature {{\n        path: {path:?},\n        params: &["
    );
    for param in &function.params {
        let default = match &param.default {
            Some(source) => format!("Some({source:?})"),
            None => "None".to_string(),
        };
        let _ = writeln!(
            out,
            "            Param {{ name: {:?}, kind: Kind::{}, default: {default} }},",
            param.name,
            kind(param.kind)
        );
    }
    out.push_str("        ],\n    },\n");
}

fn render() -> String {
    let sdk = sym_sdk::sdk();
    let mut signatures = String::new();
    let mut enums = String::new();
    for module_path in SERVED_MODULES {
        let Some(module) = sdk.module(module_path) else {
            panic!("{module_path} is not in the descriptor");
        };
        for (name, item) in &module.items {
            match item {
                Item::Function(function) => {
                    signature(&mut signatures, &format!("{module_path}.{name}"), function);
                }
                Item::Class(class) if class.is_enum => {
                    let _ = writeln!(enums, "    ({:?}, &[", class.path);
                    for member in &class.members {
                        let value = member.str_value().unwrap_or(&member.value);
                        let _ = writeln!(enums, "        ({:?}, {value:?}),", member.name);
                    }
                    enums.push_str("    ]),\n");
                    for method in &class.methods {
                        signature(&mut signatures, &method.path, method);
                    }
                }
                Item::Class(class) => {
                    for method in &class.methods {
                        signature(&mut signatures, &method.path, method);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    out.push_str(
        "//! Generated from the `sym_sdk` descriptor by `tests/descriptor.rs`: do not\n\
         //! edit. Regenerate with\n\
         //! `SYM_REGENERATE=1 cargo test -p sym_runtime --test descriptor`.\n\
         \n\
         use crate::bind::{Kind, Param, Signature};\n\
         \n\
         /// Every function, method and constructor of the SDK modules the runtime\n\
         /// serves, in the descriptor's order (parameters without `self`/`cls`).\n\
         pub static SIGNATURES: &[Signature] = &[\n",
    );
    out.push_str(&signatures);
    out.push_str(
        "];\n\
         \n\
         /// The SDK's enums in those modules: class path, then (member, value).\n\
         pub static ENUMS: &[(&str, &[(&str, &str)])] = &[\n",
    );
    out.push_str(&enums);
    out.push_str(
        "];\n\
         \n\
         /// The integration modules (`sym.sdk.integrations.<name>`).\n\
         pub static INTEGRATIONS: &[&str] = &[\n",
    );
    for name in sdk.submodules("sym.sdk.integrations") {
        let _ = writeln!(out, "    {name:?},");
    }
    out.push_str("];\n");
    out
}

#[test]
fn the_generated_signatures_are_the_descriptors() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("descriptor.rs");
    let fresh = render();
    if std::env::var_os("SYM_REGENERATE").is_some() {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == fresh,
        "src/descriptor.rs is stale: run `SYM_REGENERATE=1 cargo test -p sym_runtime --test descriptor`"
    );
}

#[test]
fn every_default_of_a_served_signature_is_readable() {
    for signature in sym_runtime::descriptor::SIGNATURES {
        for param in signature.params {
            if let Some(source) = param.default {
                assert!(
                    sym_runtime::bind::default_value(source).is_some(),
                    "{}: default {source} of {} is not a literal the runtime reads",
                    signature.path,
                    param.name
                );
            }
        }
    }
}
