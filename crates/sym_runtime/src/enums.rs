//! The SDK's enums (`PermissionLevel`, `UserRole`, `ApprovalTemplateStep`,
//! ...). Each is a `str`-based enum, as in the SDK: a member prints as
//! `PermissionLevel.ADMIN` (also in f-strings), shows as
//! `<PermissionLevel.ADMIN: 'admin'>`, compares and hashes as its value, and
//! has `.name` and `.value`.

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use sym_vm::value::HostObject;
use sym_vm::{Error, Value, Vm};

use crate::served;

/// One member of an SDK enum.
pub struct EnumMember {
    pub class: &'static str,
    pub name: &'static str,
    pub value: &'static str,
}

impl EnumMember {
    fn value_str(&self) -> Value {
        Value::str(self.value)
    }

    /// The class's path in the descriptor.
    fn path(&self) -> &'static str {
        crate::descriptor::ENUMS
            .iter()
            .map(|(path, _)| *path)
            .find(|path| path.rsplit('.').next() == Some(self.class))
            .unwrap_or("")
    }

    /// Whether the class has a method of this name the runtime implements.
    fn has_method(&self, name: &str) -> bool {
        served::implementation(&format!("{}.{name}", self.path())).is_some()
    }
}

/// The member behind a value, if it is one.
pub fn as_member(v: &Value) -> Option<&EnumMember> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<EnumMember>(),
        _ => None,
    }
}

/// The text of a `str` or of an enum member (a `str` in the SDK).
pub fn text_of(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(&s.s),
        other => as_member(other).map(|m| m.value),
    }
}

impl HostObject for EnumMember {
    fn type_name(&self) -> &str {
        self.class
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        match name {
            "name" => Ok(Some(Value::str(self.name))),
            "value" => Ok(Some(self.value_str())),
            // The enum's own methods (`role.permission_levels()`), served
            // from the descriptor and bound to the member's value.
            method if self.has_method(method) => {
                let path = format!("{}.{method}", self.path());
                Ok(served::callable(vm, None, &path, self.value_str(), None))
            }
            // Everything else is the str's (`role.upper()`).
            _ => match vm.get_attr(&self.value_str(), name) {
                Ok(Value::None) => Ok(None),
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            },
        }
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<{}.{}: '{}'>", self.class, self.name, self.value)
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        Some(format!("{}.{}", self.class, self.name))
    }
    /// As the reference runner (Python 3.11's enums there): the text of
    /// `str(member)`, formatted with the spec.
    fn format(&self, vm: &mut Vm, spec: &str) -> Option<Result<String, Error>> {
        let text = Value::str(format!("{}.{}", self.class, self.name));
        Some(sym_vm::pyfmt::format_value(vm, &text, spec))
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(text_of(other) == Some(self.value)))
    }
    fn order(&self, _vm: &mut Vm, other: &Value) -> Option<Result<Ordering, Error>> {
        text_of(other).map(|o| Ok(self.value.cmp(o)))
    }
    fn binary(
        &self,
        _vm: &mut Vm,
        op: sym_vm::ir::BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value, Error>> {
        // `str` concatenation.
        if op != sym_vm::ir::BinOp::Add {
            return None;
        }
        let other = text_of(other)?;
        Some(Ok(Value::str(if reflected {
            format!("{other}{}", self.value)
        } else {
            format!("{}{other}", self.value)
        })))
    }
    fn hash_as(&self) -> Option<Value> {
        Some(self.value_str())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// An SDK enum class: its members by name, iteration in definition order,
/// and lookup by value (`PermissionLevel("admin")`).
pub struct EnumClass {
    pub name: &'static str,
    pub members: Vec<Value>,
}

thread_local! {
    /// The enum classes of this thread's run, by name, so that a member made
    /// by the runtime (a user's role) is the class's own object.
    static CLASSES: std::cell::RefCell<Vec<(&'static str, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The member of the SDK enum `class` whose value is `value` (the class's
/// own object once the class is made; a new member before).
pub fn member(class: &'static str, name: &'static str, value: &'static str) -> Value {
    let known = CLASSES.with(|classes| {
        classes
            .borrow()
            .iter()
            .find(|(n, _)| *n == class)
            .and_then(|(_, c)| member_by_value(c, value))
    });
    known.unwrap_or_else(|| Value::host(EnumMember { class, name, value }))
}

/// The class with one member per (name, value), made once so that each
/// member is one object (`is` holds).
pub fn enum_class(name: &'static str, members: &[(&'static str, &'static str)]) -> Value {
    let class = make_enum_class(name, members);
    CLASSES.with(|classes| {
        let mut classes = classes.borrow_mut();
        classes.retain(|(n, _)| *n != name);
        classes.push((name, class.clone()));
    });
    class
}

fn make_enum_class(name: &'static str, members: &[(&'static str, &'static str)]) -> Value {
    let members = members
        .iter()
        .map(|(member, value)| {
            Value::host(EnumMember {
                class: name,
                name: member,
                value,
            })
        })
        .collect();
    Value::host(EnumClass { name, members })
}

/// The member of `class` (an [`EnumClass`] value) whose value is `value`.
pub fn member_by_value(class: &Value, value: &str) -> Option<Value> {
    let Value::Host(h) = class else {
        return None;
    };
    let class = h.as_any().downcast_ref::<EnumClass>()?;
    class
        .members
        .iter()
        .find(|m| as_member(m).is_some_and(|m| m.value == value))
        .cloned()
}

impl HostObject for EnumClass {
    fn type_name(&self) -> &str {
        "EnumType"
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        if name == "__iter__" {
            return Ok(Some(Value::list(self.members.clone())));
        }
        Ok(self
            .members
            .iter()
            .find(|m| as_member(m).is_some_and(|m| m.name == name))
            .cloned())
    }
    fn call(
        &self,
        vm: &mut Vm,
        args: &[Value],
        _kwargs: &[(Rc<str>, Value)],
    ) -> Option<Result<Value, Error>> {
        let wanted = args.first().cloned().unwrap_or(Value::None);
        let found = text_of(&wanted).and_then(|text| {
            self.members
                .iter()
                .find(|m| as_member(m).is_some_and(|m| m.value == text))
                .cloned()
        });
        Some(match found {
            Some(member) => Ok(member),
            None => {
                let shown = sym_vm::ops::repr_of(vm, &wanted).unwrap_or_default();
                Err(vm.new_exception(
                    "ValueError",
                    format!("{shown} is not a valid {}", self.name),
                ))
            }
        })
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<enum '{}'>", self.name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
