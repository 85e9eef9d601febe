//! Values as the run contract's output encodes them, and the JSON writer
//! that prints the output object as CPython's `json.dumps(indent=2,
//! ensure_ascii=False)` does.

use sym_vm::ops;
use sym_vm::value::{identity, type_name};
use sym_vm::{Error, Value, Vm};

use crate::datetime::{DateObj, DateTimeObj};
use crate::models::Model;
use crate::pyjson::{float_repr, write_string};

/// A JSON document in the order it will be printed (duplicate keys kept,
/// as Python's `json.dumps` keeps them for keys that encode alike).
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Null,
    Bool(bool),
    /// An integer's decimal digits (ints are unbounded).
    Int(String),
    Float(f64),
    Str(String),
    Arr(Vec<Out>),
    Obj(Vec<(String, Out)>),
}

impl Out {
    pub fn str(text: impl Into<String>) -> Out {
        Out::Str(text.into())
    }
    pub fn typed(name: &str) -> Out {
        Out::Obj(vec![("$type".into(), Out::str(name))])
    }
}

/// Encodes a value per the contract's Values table.
pub fn encode(vm: &mut Vm, value: &Value) -> Result<Out, Error> {
    let mut path = Vec::new();
    encode_in(vm, value, &mut path)
}

fn encode_in(vm: &mut Vm, value: &Value, path: &mut Vec<usize>) -> Result<Out, Error> {
    Ok(match value {
        Value::None => Out::Null,
        Value::Bool(b) => Out::Bool(*b != 0),
        Value::Int(i) => Out::Int(i.to_string()),
        Value::BigInt(b) => Out::Int(b.to_string()),
        Value::Float(f) if f.is_finite() => Out::Float(f.get()),
        Value::Float(f) => Out::Obj(vec![
            ("$type".into(), Out::str("float")),
            ("repr".into(), Out::str(float_repr(f.get()))),
        ]),
        Value::Str(s) => Out::str(&*s.s),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
            let id = identity(value);
            if path.contains(&id) {
                return Ok(Out::typed(&type_name(value)));
            }
            path.push(id);
            let out = encode_container(vm, value, path);
            path.pop();
            out?
        }
        Value::Host(h) => {
            let any = h.as_any();
            if let Some(model) = any.downcast_ref::<Model>() {
                return model.encode(vm, path, &mut |vm, v, p| encode_in(vm, v, p));
            }
            if let Some(member) = any.downcast_ref::<crate::enums::EnumMember>() {
                return Ok(Out::str(member.value));
            }
            if let Some(dt) = any.downcast_ref::<DateTimeObj>() {
                return Ok(Out::Obj(vec![
                    ("$type".into(), Out::str("datetime")),
                    ("iso".into(), Out::str(dt.isoformat("T"))),
                ]));
            }
            if any.downcast_ref::<DateObj>().is_some() {
                return Ok(Out::typed("date"));
            }
            Out::typed(h.type_name())
        }
        other => Out::typed(&type_name(other)),
    })
}

fn encode_container(vm: &mut Vm, value: &Value, path: &mut Vec<usize>) -> Result<Out, Error> {
    Ok(match value {
        Value::List(l) => {
            let items = l.items.borrow().clone();
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(encode_in(vm, item, path)?);
            }
            Out::Arr(out)
        }
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                out.push(encode_in(vm, item, path)?);
            }
            Out::Arr(out)
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone()))
                .collect();
            // Keys that encode alike collapse as in a Python dict: the
            // first position, the last value.
            let mut out: indexmap::IndexMap<String, Out> =
                indexmap::IndexMap::with_capacity(pairs.len());
            for (k, v) in &pairs {
                let key = match crate::enums::text_of(k) {
                    Some(text) => text.to_string(),
                    None => ops::repr_of(vm, k)?,
                };
                let value = encode_in(vm, v, path)?;
                out.insert(key, value);
            }
            Out::Obj(out.into_iter().collect())
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let items: Vec<Value> = s.set.borrow().iter().map(|k| k.0.clone()).collect();
            let mut keyed = Vec::with_capacity(items.len());
            for item in items {
                keyed.push((ops::repr_of(vm, &item)?, item));
            }
            keyed.sort_by(|a, b| py_str_cmp(&a.0, &b.0));
            let mut out = Vec::with_capacity(keyed.len());
            for (_, item) in &keyed {
                out.push(encode_in(vm, item, path)?);
            }
            Out::Arr(out)
        }
        _ => Out::Null,
    })
}

/// Python compares strings by code point; UTF-8 byte order agrees.
fn py_str_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.as_bytes().cmp(b.as_bytes())
}

/// `json.dumps(doc, ensure_ascii=False, indent=2)`.
pub fn dumps_indented(doc: &Out) -> String {
    let mut out = String::new();
    write(&mut out, doc, 0);
    out
}

fn write(out: &mut String, doc: &Out, depth: usize) {
    match doc {
        Out::Null => out.push_str("null"),
        Out::Bool(true) => out.push_str("true"),
        Out::Bool(false) => out.push_str("false"),
        Out::Int(digits) => out.push_str(digits),
        Out::Float(f) => out.push_str(&float_repr(*f)),
        Out::Str(s) => write_string(out, s),
        Out::Arr(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write(out, item, depth + 1);
            }
            newline(out, depth);
            out.push(']');
        }
        Out::Obj(pairs) => {
            if pairs.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_string(out, k);
                out.push_str(": ");
                write(out, v, depth + 1);
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A world JSON value as a VM value (objects become dicts in order).
pub fn from_json(vm: &mut Vm, value: &serde_json::Value) -> Result<Value, Error> {
    Ok(match value {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::bool(*b),
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Int(i)
            } else if let Some(u) = n.as_u64() {
                Value::from_bigint(u.into())
            } else {
                Value::float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(from_json(vm, item)?);
            }
            Value::list(out)
        }
        serde_json::Value::Object(map) => {
            let mut out = sym_vm::value::new_dict_map();
            for (k, v) in map {
                let key = sym_vm::value::Key::new(Value::str(k.as_str()))
                    .map_err(|e| vm.new_exception("TypeError", e))?;
                out.insert(key, from_json(vm, v)?);
            }
            Value::dict(out)
        }
    })
}
