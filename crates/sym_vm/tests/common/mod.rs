//! Shared test helpers: run an impl.py on the VM the way the run contract
//! does (module body, then `main(event)`), and encode the outcome as the
//! contract's JSON.

use std::any::Any;
use std::rc::Rc;

use serde_json::{Map, Value as Json, json};
use sym_vm::value::{HostObject, Key};
use sym_vm::{Error, Limits, RunError, Value, Vm};

/// A stand-in for the SDK's event: `event.name` and `event.user`.
pub struct StandInEvent;

impl HostObject for StandInEvent {
    fn type_name(&self) -> &str {
        "Event"
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        Ok(match name {
            "name" => Some(Value::str("request")),
            "user" => Some(Value::str("alice@example.com")),
            _ => None,
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct Outcome {
    pub doc: Json,
}

fn float_json(f: f64) -> Json {
    if f.is_finite() {
        serde_json::Number::from_f64(f)
            .map(Json::Number)
            .unwrap_or(Json::Null)
    } else {
        json!({"$type": "float", "repr": sym_vm::ops::float_repr(f)})
    }
}

pub fn encode(vm: &mut Vm, v: &Value, depth: usize) -> Json {
    if depth > 100 {
        return json!({"$type": "list"});
    }
    match v {
        Value::None => Json::Null,
        Value::Bool(b) => Json::Bool(*b != 0),
        Value::Int(i) => json!(i),
        // As serde_json reads the expected output: a u64 when it fits, else
        // the nearest float.
        Value::BigInt(b) => match b.to_string().parse::<u64>() {
            Ok(n) => json!(n),
            Err(_) => b
                .to_string()
                .parse::<f64>()
                .map(float_json)
                .unwrap_or(Json::Null),
        },
        Value::Float(f) => float_json(f.get()),
        Value::Str(s) => Json::String(s.s.to_string()),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            Json::Array(items.iter().map(|x| encode(vm, x, depth + 1)).collect())
        }
        Value::Tuple(t) => Json::Array(t.items.iter().map(|x| encode(vm, x, depth + 1)).collect()),
        Value::Dict(d) => {
            let items: Vec<(Key, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut m = Map::new();
            for (k, x) in items {
                let key = match &k.0 {
                    Value::Str(s) => s.s.to_string(),
                    other => sym_vm::ops::repr_of(vm, other).unwrap_or_default(),
                };
                m.insert(key, encode(vm, &x, depth + 1));
            }
            Json::Object(m)
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let items: Vec<Value> = s.set.borrow().iter().map(|k| k.0.clone()).collect();
            let mut keyed: Vec<(String, Json)> = items
                .iter()
                .map(|x| {
                    (
                        sym_vm::ops::repr_of(vm, x).unwrap_or_default(),
                        encode(vm, x, depth + 1),
                    )
                })
                .collect();
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Array(keyed.into_iter().map(|(_, j)| j).collect())
        }
        other => json!({"$type": sym_vm::value::type_name(other)}),
    }
}

fn error_json(e: &RunError) -> Json {
    json!({"type": e.type_name, "message": e.message, "line": e.line})
}

/// Output lines as the contract splits them.
pub fn output_lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let t = text.strip_suffix('\n').unwrap_or(text);
    t.split('\n').map(String::from).collect()
}

/// Compiles and runs `source`: module body, then `main(event)`.
pub fn run_program(source: &str, limits: Option<Limits>) -> Outcome {
    let program = match sym_vm::compile(source) {
        Ok(p) => p,
        Err(e) => panic!("compile failed: {e:?}"),
    };
    let mut vm = Vm::new(Rc::new(program));
    if let Some(l) = limits {
        vm.set_limits(l);
    }
    let mut result = Json::Null;
    let mut error = Json::Null;
    match vm.run_module() {
        Err(e) => error = error_json(&e),
        Ok(()) => {
            let main = vm.global("main").unwrap_or(Value::None);
            let event = Value::host(StandInEvent);
            match vm.call_value(&main, &[event]) {
                Ok(v) => result = encode(&mut vm, &v, 0),
                Err(e) => error = error_json(&e),
            }
        }
    }
    let outcome = if error.is_null() { "ok" } else { "error" };
    let doc = json!({
        "outcome": outcome,
        "result": result,
        "output": output_lines(&vm.output),
        "error": error,
    });
    Outcome { doc }
}

/// Runs `f` on a thread with a large stack (the VM recurses per call).
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(f)
        .expect("spawn test thread")
        .join()
        .expect("test thread panicked")
}
