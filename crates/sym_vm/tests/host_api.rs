//! The host API the SDK runtime builds on: native functions, modules via
//! the import hook, host exception classes (catchable and not), host
//! objects with attributes, and output capture.

mod common;

use std::rc::Rc;

use sym_vm::{Error, Value, Vm};

const SOURCE: &str = r##"
import sym.sdk.integrations.slack as slack
from sym.sdk.exceptions import ValidationError, UnmockedCall
from json import dumps

def main(event):
    print(slack.channel("#ops"))
    try:
        slack.validate("")
    except ValueError as e:
        print("caught", type_of(e), e)
    try:
        slack.unmocked()
    except Exception:
        print("never printed: UnmockedCall is not an Exception")
    except:
        print("swallowed")
    return "the run still ends with the UnmockedCall"

def type_of(e):
    return "ValidationError" if isinstance(e, ValidationError) else "other"
"##;

fn setup(vm: &mut Vm) {
    let value_error = vm.exception_class("ValueError").expect("ValueError");
    let validation = vm.new_exception_class("ValidationError", &value_error);
    let unmocked = vm.new_uncatchable_class("UnmockedCall");
    let channel = vm.native("channel", |_vm, args, _kw| {
        let name = match args.first() {
            Some(Value::Str(s)) => s.s.to_string(),
            _ => String::new(),
        };
        Ok(Value::str(format!("channel {name}")))
    });
    let v2 = validation.clone();
    let validate = vm.native("validate", move |vm, _args, _kw| {
        Err(vm.raise_class(&v2, "Notification.destinations: must not be empty"))
    });
    let u2 = unmocked.clone();
    let unmocked_fn = vm.native("unmocked", move |vm, _args, _kw| {
        Err(vm.raise_class(&u2, "slack.unmocked"))
    });
    let slack = vm.new_module(
        "sym.sdk.integrations.slack",
        vec![
            ("channel", channel),
            ("validate", validate),
            ("unmocked", unmocked_fn),
        ],
    );
    let exceptions = vm.new_module(
        "sym.sdk.exceptions",
        vec![
            ("ValidationError", Value::Class(validation)),
            ("UnmockedCall", Value::Class(unmocked)),
        ],
    );
    let json = vm.new_module(
        "json",
        vec![(
            "dumps",
            vm.native("dumps", |_vm, _a, _k| Ok(Value::str("{}"))),
        )],
    );
    vm.set_import_hook(Rc::new(
        move |_vm: &mut Vm, name: &str| -> Result<Option<Value>, Error> {
            Ok(match name {
                "sym.sdk.integrations.slack" => Some(slack.clone()),
                "sym.sdk.exceptions" => Some(exceptions.clone()),
                "json" => Some(json.clone()),
                "sym" | "sym.sdk" | "sym.sdk.integrations" => Some(Value::None),
                _ => None,
            })
        },
    ));
}

#[test]
fn host_modules_classes_and_uncatchable_errors() {
    let (output, error) = common::with_big_stack(|| {
        let program = sym_vm::compile(SOURCE).expect("compiles");
        let mut vm = sym_vm::vm_for(program);
        setup(&mut vm);
        vm.run_module().expect("module body");
        let main = vm.global("main").expect("main");
        let err = vm.call_value(&main, &[Value::None]).err();
        (vm.output.clone(), err)
    });
    assert_eq!(
        output,
        "channel #ops\ncaught ValidationError Notification.destinations: must not be empty\nswallowed\n"
    );
    let error = error.expect("the run fails");
    assert_eq!(error.type_name, "UnmockedCall");
    assert_eq!(error.message, "slack.unmocked");
    assert_eq!(error.line, Some(13));
    assert!(error.fatal);
}

#[test]
fn unknown_modules_raise_module_not_found() {
    // Allowed by the static allowlist, but no host serves it.
    let doc = common::with_big_stack(|| {
        common::run_program(
            "import json.decoder\n\ndef main(event):\n    return 1\n",
            None,
        )
        .doc
    });
    assert_eq!(doc["error"]["type"], "ModuleNotFoundError");
    assert_eq!(doc["error"]["message"], "No module named 'json.decoder'");
    assert_eq!(doc["error"]["line"], 1);
}
