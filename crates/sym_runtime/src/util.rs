//! Argument helpers for native functions.

use std::rc::Rc;

use sym_vm::{Error, Value, Vm};

/// The argument at `pos`, or the keyword `name`.
pub fn arg(args: &[Value], kwargs: &[(Rc<str>, Value)], pos: usize, name: &str) -> Option<Value> {
    if let Some(v) = args.get(pos) {
        return Some(v.clone());
    }
    kwarg(kwargs, name)
}

pub fn kwarg(kwargs: &[(Rc<str>, Value)], name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

pub fn int_arg(vm: &Vm, v: &Value) -> Result<i64, Error> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(vm.new_exception(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                sym_vm::value::type_name(other)
            ),
        )),
    }
}

pub fn kw_only_err(vm: &Vm, name: &str) -> Error {
    vm.new_exception(
        "TypeError",
        format!("{name}() takes keyword arguments only"),
    )
}

pub fn str_value(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(&s.s),
        _ => None,
    }
}
