//! The SDK's objects at run time: one host type, [`Model`], for users,
//! targets, events, destinations, notifications, permissions and options.
//! Its `fields` are what it is encoded, printed and compared by; `hidden`
//! are further attributes a handler may read.

use std::any::Any;
use std::rc::Rc;

use sym_vm::ops;
use sym_vm::{Error, HostObject, Value, Vm};

use crate::encode::Out;

/// The encoder of nested values (it carries the path of containers).
pub type EncodeFn<'a> = dyn FnMut(&mut Vm, &Value, &mut Vec<usize>) -> Result<Out, Error> + 'a;

/// How a model encodes beyond `{"$type", fields...}`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `{"$type": <encoded_as>, fields...}`.
    Fields,
    /// The handler's input event: `{"$type": "Event", "name", "payload": fields}`.
    InputEvent,
}

pub struct Model {
    pub ty: &'static str,
    pub encoded_as: &'static str,
    pub fields: Vec<(&'static str, Value)>,
    pub hidden: Vec<(&'static str, Value)>,
    pub shape: Shape,
    /// Users compare by id.
    pub compare_by: Option<&'static str>,
}

impl Model {
    pub fn new(ty: &'static str, fields: Vec<(&'static str, Value)>) -> Model {
        Model {
            ty,
            encoded_as: ty,
            fields,
            hidden: Vec::new(),
            shape: Shape::Fields,
            compare_by: None,
        }
    }
    pub fn value(self) -> Value {
        Value::host(self)
    }
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .chain(self.hidden.iter())
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }

    pub fn encode(
        &self,
        vm: &mut Vm,
        path: &mut Vec<usize>,
        enc: &mut EncodeFn<'_>,
    ) -> Result<Out, Error> {
        let mut out = vec![("$type".to_string(), Out::str(self.encoded_as))];
        match self.shape {
            Shape::Fields => {
                for (name, value) in &self.fields {
                    out.push((name.to_string(), enc(vm, value, path)?));
                }
            }
            Shape::InputEvent => {
                out.push((
                    "name".into(),
                    enc(vm, &self.field("name").unwrap_or(Value::None), path)?,
                ));
                let fields = match self.field("payload") {
                    Some(Value::Host(p)) => p
                        .as_any()
                        .downcast_ref::<Model>()
                        .and_then(|m| m.field("fields")),
                    _ => None,
                };
                out.push((
                    "payload".into(),
                    enc(vm, &fields.unwrap_or(Value::None), path)?,
                ));
            }
        }
        Ok(Out::Obj(out))
    }
}

/// The model inside a value, if it is one of type `ty` (any type when empty).
pub fn as_model<'a>(value: &'a Value, ty: &str) -> Option<&'a Model> {
    match value {
        Value::Host(h) => h
            .as_any()
            .downcast_ref::<Model>()
            .filter(|m| ty.is_empty() || m.ty == ty),
        _ => None,
    }
}

impl HostObject for Model {
    fn type_name(&self) -> &str {
        self.ty
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        Ok(self.field(name))
    }
    fn repr(&self, vm: &mut Vm) -> String {
        let mut parts = Vec::new();
        for (name, value) in &self.fields {
            let shown = ops::repr_of(vm, value).unwrap_or_default();
            parts.push(format!("{name}={shown}"));
        }
        format!("{}({})", self.ty, parts.join(", "))
    }
    fn equals(&self, vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        let Some(other) = as_model(other, "") else {
            return Some(Ok(false));
        };
        if other.ty != self.ty {
            return Some(Ok(false));
        }
        if let Some(key) = self.compare_by {
            let (a, b) = (
                self.field(key).unwrap_or(Value::None),
                other.field(key).unwrap_or(Value::None),
            );
            return Some(ops::eq(vm, &a, &b));
        }
        for ((_, a), (_, b)) in self.fields.iter().zip(other.fields.iter()) {
            match ops::eq(vm, a, b) {
                Ok(true) => {}
                other => return Some(other),
            }
        }
        Some(Ok(true))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A named bag of attributes that is not a module: `ApprovalTemplate`,
/// `PermissionLevel`, `requests.exceptions`-like namespaces.
pub struct Namespace {
    pub name: &'static str,
    pub attrs: Vec<(&'static str, Value)>,
    pub call: Option<Value>,
}

impl HostObject for Namespace {
    fn type_name(&self) -> &str {
        self.name
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        Ok(self
            .attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone()))
    }
    fn call(
        &self,
        vm: &mut Vm,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Option<Result<Value, Error>> {
        let f = self.call.clone()?;
        Some(vm.call(&f, args, kwargs))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<class '{}'>", self.name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn namespace(
    name: &'static str,
    attrs: Vec<(&'static str, Value)>,
    call: Option<Value>,
) -> Value {
    Value::host(Namespace { name, attrs, call })
}
