//! The `requests` module, answered from the world's `http` entries.

use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

use indexmap::IndexMap;
use sym_vm::value::{Class, Key, new_dict_map};
use sym_vm::{Error, HostObject, Value, Vm, ops};

use crate::encode::from_json;
use crate::input::HttpEntry;
use crate::jsonmod::{DumpOptions, dumps, loads};
use crate::sdk::{Shared, unmocked};
use crate::util::{arg, kwarg};

const VERBS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

#[derive(Clone)]
struct Errors {
    http_error: Option<Rc<Class>>,
    json_error: Option<Rc<Class>>,
}

fn quote_plus(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// The URL with `params=` appended in the given order (None dropped).
fn full_url(vm: &mut Vm, url: &str, params: &Value) -> Result<String, Error> {
    if !params.truthy() {
        return Ok(url.to_string());
    }
    let pairs: Vec<(Value, Value)> = match params {
        Value::Dict(d) => d
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.0.clone(), v.clone()))
            .collect(),
        other => {
            let mut out = Vec::new();
            for item in vm.collect(other)? {
                let kv = vm.collect(&item)?;
                if let [k, v] = kv.as_slice() {
                    out.push((k.clone(), v.clone()));
                }
            }
            out
        }
    };
    let mut query = Vec::new();
    for (k, v) in pairs {
        let values = match &v {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            other => vec![other.clone()],
        };
        let key = ops::str_of(vm, &k)?;
        for x in values {
            if x.is_none() {
                continue;
            }
            let x = ops::str_of(vm, &x)?;
            query.push(format!("{}={}", quote_plus(&key), quote_plus(&x)));
        }
    }
    if query.is_empty() {
        return Ok(url.to_string());
    }
    let joiner = if url.contains('?') { '&' } else { '?' };
    Ok(format!("{url}{joiner}{}", query.join("&")))
}

fn request(
    vm: &mut Vm,
    st: &Shared,
    errors: &Errors,
    method: &Value,
    url: &Value,
    params: &Value,
) -> Result<Value, Error> {
    let method = ops::str_of(vm, method)?.to_uppercase();
    let url = ops::str_of(vm, url)?;
    let full = full_url(vm, &url, params)?;
    let call = format!("http {method} {full}");
    let entry: Option<HttpEntry> = {
        let state = st.borrow();
        let Some(entries) = &state.world.http else {
            return Err(unmocked(&call));
        };
        entries
            .iter()
            .find(|e| e.method == method && e.url == full)
            .cloned()
    };
    let Some(entry) = entry else {
        return Err(unmocked(&call));
    };
    let effect = sym_vm::Value::None;
    let _ = effect;
    {
        let fields = vec![
            ("call".to_string(), crate::encode::Out::str("http")),
            (
                "method".to_string(),
                crate::encode::Out::str(method.as_str()),
            ),
            ("url".to_string(), crate::encode::Out::str(full.as_str())),
        ];
        st.borrow_mut()
            .effects
            .push(crate::encode::Out::Obj(fields));
    }
    let status = match &entry.status {
        serde_json::Value::Number(n) => n.as_i64().unwrap_or(200),
        serde_json::Value::String(s) => s.trim().parse().unwrap_or(200),
        _ => 200,
    };
    let json = match &entry.json {
        Some(j) => Some(from_json(vm, j)?),
        None => None,
    };
    let text = match (&entry.text, &json) {
        (Some(serde_json::Value::String(t)), _) => t.clone(),
        (Some(other), _) => other.to_string(),
        (None, Some(j)) => dumps(vm, j, &DumpOptions::plain())?,
        (None, None) => String::new(),
    };
    let headers = match &entry.headers {
        Some(h) => from_json(vm, h)?,
        None => Value::dict(new_dict_map()),
    };
    Ok(Value::host(Response {
        url: full,
        status,
        json: entry.json.clone(),
        text,
        headers,
        errors: errors.clone(),
    }))
}

struct Response {
    url: String,
    status: i64,
    json: Option<serde_json::Value>,
    text: String,
    headers: Value,
    errors: Errors,
}

impl HostObject for Response {
    fn type_name(&self) -> &str {
        "Response"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        Ok(Some(match name {
            "status_code" => Value::Int(self.status),
            "ok" => Value::bool(self.status < 400),
            "text" => Value::str(self.text.as_str()),
            "content" => Value::bytes(self.text.as_bytes()),
            "url" => Value::str(self.url.as_str()),
            "reason" => Value::str(""),
            "headers" => self.headers.clone(),
            "json" => {
                let json = self.json.clone();
                let text = self.text.clone();
                let err = self.errors.json_error.clone();
                vm.native("json", move |vm, _, _| match &json {
                    Some(j) if !j.is_null() => from_json(vm, j),
                    _ => loads(vm, &text).map_err(|msg| match &err {
                        Some(cls) => vm.raise_class(cls, msg),
                        None => vm.new_exception("ValueError", msg),
                    }),
                })
            }
            "raise_for_status" => {
                let (status, url, err) = (
                    self.status,
                    self.url.clone(),
                    self.errors.http_error.clone(),
                );
                vm.native("raise_for_status", move |vm, _, _| {
                    if status < 400 {
                        return Ok(Value::None);
                    }
                    let msg = format!("{status} Error for url: {url}");
                    Err(match &err {
                        Some(cls) => vm.raise_class(cls, msg),
                        None => vm.new_exception("OSError", msg),
                    })
                })
            }
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<Response [{}]>", self.status)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `requests.Session()`: its attributes may be set; requests go to the world.
struct Session {
    /// The session itself, so that `with Session() as s` binds it.
    me: Weak<Box<dyn HostObject>>,
    attrs: RefCell<IndexMap<String, Value>>,
    st: Shared,
    errors: Errors,
}

impl HostObject for Session {
    fn type_name(&self) -> &str {
        "Session"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Ok(Some(v.clone()));
        }
        let (st, errors) = (self.st.clone(), self.errors.clone());
        if let Some(verb) = VERBS.iter().find(|v| v.to_lowercase() == name) {
            return Ok(Some(verb_fn(vm, &st, &errors, verb)));
        }
        Ok(match name {
            "request" => Some(vm.native("request", move |vm, a, k| {
                let method = arg(a, k, 0, "method").ok_or_else(|| {
                    vm.new_exception(
                        "TypeError",
                        "request() missing 2 required positional arguments: 'method' and 'url'",
                    )
                })?;
                let url = arg(a, k, 1, "url").ok_or_else(|| {
                    vm.new_exception(
                        "TypeError",
                        "request() missing 1 required positional argument: 'url'",
                    )
                })?;
                let params = arg(a, k, 2, "params").unwrap_or(Value::None);
                request(vm, &st, &errors, &method, &url, &params)
            })),
            "close" => Some(vm.native("close", |_, _, _| Ok(Value::None))),
            _ => None,
        })
    }
    fn set_attr(&self, _vm: &mut Vm, name: &str, value: Value) -> Result<bool, Error> {
        self.attrs.borrow_mut().insert(name.to_string(), value);
        Ok(true)
    }
    fn enter(&self, _vm: &mut Vm) -> Option<Result<Value, Error>> {
        Some(Ok(Value::Host(self.me.upgrade()?)))
    }
    fn exit(&self, _vm: &mut Vm, _exc: Option<&Value>) -> Result<bool, Error> {
        Ok(false)
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        "<requests.sessions.Session object>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn verb_fn(vm: &Vm, st: &Shared, errors: &Errors, verb: &'static str) -> Value {
    let (st, errors) = (st.clone(), errors.clone());
    vm.native(&verb.to_lowercase(), move |vm, a, k| {
        let url = match kwarg(k, "url") {
            Some(u) => u,
            None => a
                .first()
                .cloned()
                .ok_or_else(|| vm.new_exception("IndexError", "tuple index out of range"))?,
        };
        let params = kwarg(k, "params").unwrap_or(Value::None);
        request(vm, &st, &errors, &Value::str(verb), &url, &params)
    })
}

pub fn modules(vm: &mut Vm, st: &Shared) -> Vec<(String, Value)> {
    let os_error = vm.exception_class("OSError");
    let mut exc: Vec<(&str, Value)> = Vec::new();
    let mut errors = Errors {
        http_error: None,
        json_error: None,
    };
    if let Some(base) = os_error {
        let request_exc = vm.new_exception_class("RequestException", &base);
        let http_error = vm.new_exception_class("HTTPError", &request_exc);
        let conn = vm.new_exception_class("ConnectionError", &request_exc);
        let timeout = vm.new_exception_class("Timeout", &request_exc);
        let json_error = vm.new_exception_class("JSONDecodeError", &request_exc);
        errors = Errors {
            http_error: Some(http_error.clone()),
            json_error: Some(json_error.clone()),
        };
        exc = vec![
            ("RequestException", Value::Class(request_exc)),
            ("HTTPError", Value::Class(http_error)),
            ("ConnectionError", Value::Class(conn)),
            ("Timeout", Value::Class(timeout)),
            ("JSONDecodeError", Value::Class(json_error)),
        ];
    }
    let exceptions = vm.new_module("requests.exceptions", exc.clone());
    let (s, e) = (st.clone(), errors.clone());
    let request_fn = vm.native("request", move |vm, a, k| {
        let method = arg(a, k, 0, "method").ok_or_else(|| {
            vm.new_exception(
                "TypeError",
                "http_request() missing 2 required positional arguments: 'method' and 'url'",
            )
        })?;
        let url = arg(a, k, 1, "url").ok_or_else(|| {
            vm.new_exception(
                "TypeError",
                "http_request() missing 1 required positional argument: 'url'",
            )
        })?;
        let params = arg(a, k, 2, "params").unwrap_or(Value::None);
        request(vm, &s, &e, &method, &url, &params)
    });
    let (s, e) = (st.clone(), errors.clone());
    let session_new = vm.native("Session", move |_, _, _| {
        let mut attrs = IndexMap::new();
        attrs.insert("headers".to_string(), Value::dict(new_dict_map()));
        attrs.insert("auth".to_string(), Value::None);
        attrs.insert("params".to_string(), Value::dict(new_dict_map()));
        let session: Rc<Box<dyn HostObject>> = Rc::new_cyclic(|me| {
            Box::new(Session {
                me: me.clone(),
                attrs: RefCell::new(attrs),
                st: s.clone(),
                errors: e.clone(),
            }) as Box<dyn HostObject>
        });
        Ok(Value::Host(session))
    });
    let session = crate::models::namespace("Session", vec![], Some(session_new));
    let mut members: Vec<(&str, Value)> = vec![
        ("request", request_fn),
        ("Session", session),
        ("exceptions", exceptions.clone()),
    ];
    members.push((
        "Response",
        crate::models::namespace("Response", vec![], None),
    ));
    members.extend(exc);
    let verbs: Vec<(String, Value)> = VERBS
        .iter()
        .map(|v| (v.to_lowercase(), verb_fn(vm, st, &errors, v)))
        .collect();
    for (name, f) in &verbs {
        members.push((name.as_str(), f.clone()));
    }
    let requests = vm.new_module("requests", members);
    let _ = Key::new(Value::None);
    vec![
        ("requests".into(), requests),
        ("requests.exceptions".into(), exceptions),
    ]
}
