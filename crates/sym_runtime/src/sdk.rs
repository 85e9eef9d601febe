//! `sym.sdk` at run time: the module tree, the models' constructors and
//! validations, and the integrations answered from the world.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use sym_vm::value::{Class, Key, new_dict_map};
use sym_vm::{Error, HostObject, Value, Vm, ops};

use crate::datetime::DateTimeObj;
use crate::encode::{Out, encode, from_json};
use crate::enums::enum_class;
use crate::input::{EventSpec, FieldValue, TargetSpec, UserSpec, World};
use crate::models::{Model, Shape, as_model, namespace};
use crate::served;
use crate::util::str_value;

/// What a run shares between the host functions.
pub struct State {
    pub world: World,
    pub effects: Vec<Out>,
    pub event_name: String,
    pub validation_error: Option<Rc<Class>>,
}

pub type Shared = Rc<RefCell<State>>;

pub fn unmocked(call: &str) -> Error {
    Error::fatal("UnmockedCall", call)
}

pub(crate) fn section(st: &Shared, name: &str, call: &str) -> Result<serde_json::Value, Error> {
    st.borrow()
        .world
        .sections
        .get(name)
        .cloned()
        .ok_or_else(|| unmocked(call))
}

pub(crate) fn effect(
    vm: &mut Vm,
    st: &Shared,
    call: &str,
    fields: &[(&str, Value)],
) -> Result<(), Error> {
    let mut entry = vec![("call".to_string(), Out::str(call))];
    for (k, v) in fields {
        entry.push((k.to_string(), encode(vm, v)?));
    }
    st.borrow_mut().effects.push(Out::Obj(entry));
    Ok(())
}

pub(crate) fn type_error(vm: &Vm, message: impl Into<String>) -> Error {
    vm.new_exception("TypeError", message)
}

fn dict_from(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> Result<Value, Error> {
    let mut map = new_dict_map();
    for (k, v) in pairs {
        map.insert(Key::new(k).map_err(|e| type_error(vm, e))?, v);
    }
    Ok(Value::dict(map))
}

// ------------------------------------------------------------------ users, targets, the event

pub fn user_value(vm: &mut Vm, spec: &UserSpec) -> Result<Value, Error> {
    let mut services: Vec<(String, Vec<Value>)> = Vec::new();
    for ident in &spec.identities {
        let model = Model::new(
            "UserIdentity",
            vec![
                ("service", Value::str(ident.service.as_str())),
                ("service_id", from_json(vm, &ident.service_id)?),
                ("user_id", from_json(vm, &ident.user_id)?),
            ],
        )
        .value();
        match services.iter_mut().find(|(s, _)| *s == ident.service) {
            Some((_, list)) => list.push(model),
            None => services.push((ident.service.clone(), vec![model])),
        }
    }
    let mut id_pairs = Vec::new();
    for (name, list) in services {
        id_pairs.push((Value::str(name), Value::list(list)));
    }
    let identities = dict_from(vm, id_pairs)?;
    let mut model = Model::new(
        "User",
        vec![
            ("id", from_json(vm, &spec.id)?),
            ("email", Value::str(spec.email.as_str())),
            ("username", from_json(vm, &spec.username)?),
        ],
    );
    model.hidden = vec![
        ("first_name", from_json(vm, &spec.first_name)?),
        ("last_name", from_json(vm, &spec.last_name)?),
        ("role", user_role_member(spec.role.as_str())),
        ("identities", identities.clone()),
    ];
    model
        .hidden
        .extend(served::methods(vm, None, "sym.sdk.user.User", &identities));
    model.compare_by = Some("id");
    Ok(model.value())
}

fn target_value(vm: &mut Vm, t: &TargetSpec) -> Result<Value, Error> {
    Ok(Model::new(
        "AccessTarget",
        vec![
            ("name", Value::str(t.name.as_str())),
            ("label", from_json(vm, &t.label)?),
            ("type", from_json(vm, &t.target_type)?),
            ("settings", from_json(vm, &t.settings)?),
        ],
    )
    .value())
}

/// A key of `run.actors`/`run.contexts` as the oracle looks it up.
pub(crate) fn run_key(vm: &mut Vm, v: &Value) -> Result<String, Error> {
    match crate::enums::text_of(v) {
        Some(text) => Ok(text.to_string()),
        None => ops::repr_of(vm, v),
    }
}

/// The `UserRole` member for a role (the contract's roles are its values).
fn user_role_member(role: &str) -> Value {
    let (name, value) = match role {
        "admin" => ("ADMIN", "admin"),
        "guest" => ("GUEST", "guest"),
        _ => ("MEMBER", "member"),
    };
    crate::enums::member("UserRole", name, value)
}

pub fn event_value(vm: &mut Vm, ev: &EventSpec) -> Result<Value, Error> {
    let user = user_value(vm, &ev.user)?;
    let mut fields = Vec::new();
    for (k, v) in &ev.fields {
        let value = match v {
            FieldValue::Json(j) => from_json(vm, j)?,
            FieldValue::Target(t) => target_value(vm, t)?,
        };
        fields.push((Value::str(k.as_str()), value));
    }
    let fields = dict_from(vm, fields)?;
    let stamp = DateTimeObj::from_iso(&ev.timestamp).value();
    let payload = Model::new(
        "Payload",
        vec![
            ("fields", fields),
            ("timestamp", stamp),
            ("user", user.clone()),
        ],
    )
    .value();
    let vars = from_json(vm, &serde_json::Value::Object(ev.flow_vars.clone()))?;
    let flow = Model::new(
        "Flow",
        vec![("name", from_json(vm, &ev.flow_name)?), ("vars", vars)],
    )
    .value();
    let mut actors = Vec::new();
    for (k, u) in &ev.actors {
        actors.push((Value::str(k.as_str()), user_value(vm, u)?));
    }
    let actors = dict_from(vm, actors)?;
    let contexts = from_json(vm, &serde_json::Value::Object(ev.contexts.clone()))?;
    let channel = Model::new(
        "Channel",
        vec![
            ("identifier", from_json(vm, &ev.source_channel_identifier)?),
            ("type", from_json(vm, &ev.source_channel_type)?),
        ],
    )
    .value();
    let run = Model::new(
        "Run",
        vec![
            ("actors", actors),
            ("contexts", contexts),
            ("source_channel", channel),
        ],
    )
    .value();
    let methods = served::methods(vm, None, "sym.sdk.event.Event", &run);
    let mut model = Model::new(
        "Event",
        vec![
            ("name", Value::str(ev.name.as_str())),
            ("payload", payload),
            ("flow", flow),
            ("run", run),
        ],
    );
    model.shape = Shape::InputEvent;
    model.hidden = vec![("user", user)];
    model.hidden.extend(methods);
    Ok(model.value())
}

pub(crate) fn resolve_user(vm: &mut Vm, st: &Shared, email: &str) -> Result<Value, Error> {
    let spec = st.borrow().world.resolve_user(email);
    user_value(vm, &spec)
}

pub(crate) fn users_of(
    vm: &mut Vm,
    st: &Shared,
    emails: Option<&serde_json::Value>,
) -> Result<Value, Error> {
    let mut out = Vec::new();
    if let Some(serde_json::Value::Array(list)) = emails {
        for e in list {
            if let Some(e) = e.as_str() {
                out.push(resolve_user(vm, st, e)?);
            }
        }
    }
    Ok(Value::list(out))
}

/// `user.email` for a User, else the value itself.
pub(crate) fn email_of(v: &Value) -> Value {
    match as_model(v, "User") {
        Some(m) => m.field("email").unwrap_or(Value::None),
        None => v.clone(),
    }
}

pub(crate) fn json_list_contains(list: Option<&serde_json::Value>, v: &Value) -> bool {
    let Some(s) = str_value(v) else { return false };
    matches!(list, Some(serde_json::Value::Array(items)) if items.iter().any(|i| i.as_str() == Some(s)))
}

pub(crate) fn table<'a>(
    sec: &'a serde_json::Value,
    name: &str,
    key: &Value,
) -> Option<&'a serde_json::Value> {
    let key = str_value(key)?;
    sec.get(name)?.get(key)
}

// ------------------------------------------------------------------ validated models

/// What counts as a Slack destination in a Notification (at most one).
const SLACK_DESTINATIONS: &[&str] = &[
    "SlackChannelID",
    "SlackChannelName",
    "SlackUser",
    "SlackUserGroup",
];

pub(crate) fn validation(vm: &Vm, st: &Shared, ty: &str, field: &str, reason: &str) -> Error {
    match st.borrow().validation_error.clone() {
        Some(cls) => vm.raise_class(&cls, format!("{ty}.{field}: {reason}")),
        None => vm.new_exception("ValueError", format!("{ty}.{field}: {reason}")),
    }
}

fn is_uuid(text: &str) -> bool {
    let t = text.replace("urn:", "").replace("uuid:", "");
    let t = t.trim_matches(|c| c == '{' || c == '}').replace('-', "");
    t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

fn field_value(fields: &[(&'static str, Value)], name: &str) -> Value {
    fields
        .iter()
        .find(|(f, _)| *f == name)
        .map_or(Value::None, |(_, v)| v.clone())
}

fn set_field(fields: &mut [(&'static str, Value)], name: &str, value: Value) {
    if let Some(slot) = fields.iter_mut().find(|(f, _)| *f == name) {
        slot.1 = value;
    }
}

/// The constructor of an SDK model (`Notification(...)` and the rest), its
/// call bound through the descriptor's `__init__` (keywords only, defaults
/// and required fields from there): the fields in the signature's order,
/// then the checks the contract lists, raised as `ValidationError`.
pub fn construct_model(vm: &mut Vm, call: &served::Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let owner = call.signature.owner();
    let ty: &'static str = owner.rsplit('.').next().unwrap_or(owner);
    let mut fields: Vec<(&'static str, Value)> = call
        .signature
        .params
        .iter()
        .map(|p| (p.name, call.args.get(p.name)))
        .collect();
    match ty {
        "Notification" => {
            let destinations = field_value(&fields, "destinations");
            let items = match &destinations {
                Value::List(l) => l.items.borrow().clone(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => {
                    return Err(validation(vm, st, ty, "destinations", "must be a list"));
                }
            };
            if items.is_empty() {
                return Err(validation(
                    vm,
                    st,
                    ty,
                    "destinations",
                    "at least one destination is required",
                ));
            }
            let slack = items
                .iter()
                .filter(|d| SLACK_DESTINATIONS.iter().any(|t| as_model(d, t).is_some()))
                .count();
            if slack > 1 {
                return Err(validation(
                    vm,
                    st,
                    ty,
                    "destinations",
                    "at most one Slack destination is allowed",
                ));
            }
            set_field(&mut fields, "destinations", Value::list(items));
        }
        "RequestPermission" => {
            for slot in fields
                .iter_mut()
                .filter(|(f, _)| matches!(*f, "webapp_view" | "approve_deny"))
            {
                let (f, value) = (slot.0, slot.1.clone());
                let items = match &value {
                    Value::List(l) => Some(l.items.borrow().clone()),
                    Value::Tuple(t) => Some(t.items.to_vec()),
                    _ => None,
                };
                match items {
                    Some(items) => {
                        if items.is_empty() {
                            return Err(validation(vm, st, ty, f, "must not be empty"));
                        }
                        for item in &items {
                            let text = ops::str_of(vm, item)?;
                            if !is_uuid(&text) {
                                return Err(validation(
                                    vm,
                                    st,
                                    ty,
                                    f,
                                    "must be a PermissionLevel or a list of user ids",
                                ));
                            }
                        }
                        slot.1 = Value::list(items);
                    }
                    None => match crate::enums::text_of(&value) {
                        Some(level @ ("admin" | "member" | "all_users")) => {
                            let (name, level) = match level {
                                "admin" => ("ADMIN", "admin"),
                                "member" => ("MEMBER", "member"),
                                _ => ("ALL_USERS", "all_users"),
                            };
                            slot.1 = crate::enums::member("PermissionLevel", name, level);
                        }
                        _ => {
                            return Err(validation(
                                vm,
                                st,
                                ty,
                                f,
                                "must be a PermissionLevel or a list of user ids",
                            ));
                        }
                    },
                }
            }
        }
        "FieldOption" => {
            if let Value::Str(s) = &field_value(&fields, "label")
                && s.chars > 55
            {
                return Err(validation(vm, st, ty, "label", "longer than 55 characters"));
            }
        }
        _ => {}
    }
    Ok(Model::new(ty, fields).value())
}

/// A class the reference runner lets a handler construct although the
/// descriptor declares no constructor for it. Positional arguments fill
/// its slots in order (and win over a keyword for the same slot), keywords
/// name slots, other keywords are ignored and nothing is required.
pub struct RunnerClass {
    /// The descriptor's class.
    pub path: &'static str,
    pub slots: &'static [&'static str],
    /// How many of the slots (the first ones) it is encoded, printed and
    /// compared by.
    pub encoded: usize,
    /// A pydantic model in the runner: keywords only.
    pub keywords_only: bool,
    /// Defaults (Python source) of slots that have one; the rest are None.
    pub defaults: &'static [(&'static str, &'static str)],
}

const fn runner_class(
    path: &'static str,
    slots: &'static [&'static str],
    encoded: usize,
) -> RunnerClass {
    RunnerClass {
        path,
        slots,
        encoded,
        keywords_only: false,
        defaults: &[],
    }
}

pub const RUNNER_CLASSES: &[RunnerClass] = &[
    runner_class(
        "sym.sdk.user.User",
        &[
            "id",
            "email",
            "username",
            "first_name",
            "last_name",
            "role",
            "identities",
        ],
        3,
    ),
    runner_class(
        "sym.sdk.user.UserIdentity",
        &["service", "service_id", "user_id"],
        3,
    ),
    runner_class(
        "sym.sdk.target.AccessTarget",
        &["name", "label", "type", "settings"],
        4,
    ),
    runner_class("sym.sdk.event.Channel", &["identifier", "type"], 2),
    runner_class("sym.sdk.flow.Flow", &["name", "vars"], 2),
    runner_class(
        "sym.sdk.flow.Run",
        &["actors", "contexts", "source_channel"],
        3,
    ),
    runner_class("sym.sdk.event.Payload", &["fields", "timestamp", "user"], 3),
    runner_class(
        "sym.sdk.event.Event",
        &["name", "payload", "flow", "run"],
        4,
    ),
    RunnerClass {
        keywords_only: true,
        defaults: &[("allow_self", "False")],
        ..runner_class(
            "sym.sdk.request_destination.RequestDestination",
            &["allow_self", "timeout"],
            2,
        )
    },
];

fn runner_construct(
    vm: &mut Vm,
    class: &'static RunnerClass,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> Result<Value, Error> {
    let ty: &'static str = class.path.rsplit('.').next().unwrap_or(class.path);
    if class.keywords_only && !args.is_empty() {
        return Err(type_error(
            vm,
            format!("{ty}() takes keyword arguments only"),
        ));
    }
    let mut values: Vec<(&'static str, Value)> = Vec::new();
    for (i, slot) in class.slots.iter().enumerate() {
        let value = match args.get(i) {
            Some(v) => v.clone(),
            None => match kwargs.iter().find(|(k, _)| &**k == *slot) {
                Some((_, v)) => v.clone(),
                None => class
                    .defaults
                    .iter()
                    .find(|(d, _)| d == slot)
                    .and_then(|(_, source)| crate::bind::default_value(source))
                    .unwrap_or(Value::None),
            },
        };
        values.push((slot, value));
    }
    let hidden = values.split_off(class.encoded.min(values.len()));
    let mut model = Model::new(ty, values);
    model.hidden = hidden;
    match ty {
        "User" => {
            let identities = model.field("identities").unwrap_or(Value::None);
            model
                .hidden
                .extend(served::methods(vm, None, "sym.sdk.user.User", &identities));
            model.compare_by = Some("id");
        }
        "Event" => {
            let user = match model.field("payload") {
                Some(payload) => as_model(&payload, "Payload")
                    .and_then(|p| p.field("user"))
                    .unwrap_or(Value::None),
                None => Value::None,
            };
            let run = model.field("run").unwrap_or(Value::None);
            model.hidden.push(("user", user));
            model
                .hidden
                .extend(served::methods(vm, None, "sym.sdk.event.Event", &run));
            model.shape = Shape::InputEvent;
        }
        _ => {}
    }
    Ok(model.value())
}

/// The class at `path` as a handler sees it: called, it constructs through
/// the descriptor's constructor, or as the reference runner does for the
/// classes in [`RUNNER_CLASSES`].
fn class_value(vm: &Vm, st: &Shared, path: &str) -> Value {
    let name: &'static str = match served::signature(&format!("{path}.__init__")) {
        Some(init) => init.owner().rsplit('.').next().unwrap_or(""),
        None => RUNNER_CLASSES
            .iter()
            .find(|c| c.path == path)
            .map_or("", |c| c.path.rsplit('.').next().unwrap_or("")),
    };
    if let Some(constructor) = served::constructor(vm, st, path) {
        return namespace(name, vec![], Some(constructor));
    }
    let call = RUNNER_CLASSES.iter().find(|c| c.path == path).map(|class| {
        vm.native(name, move |vm, args, kwargs| {
            runner_construct(vm, class, args, kwargs)
        })
    });
    namespace(name, vec![], call)
}

/// `sym.sdk.exceptions`: (class, parent; empty = Exception, the error type
/// a new instance has by default), parents first. The reference runner's
/// constructors take `(error_type, name, message)` for `SymException` and
/// `(name, message, error_type)` for the others, every argument optional.
pub const SDK_ERRORS: &[(&str, &str, &str)] = &[
    ("SymException", "", "Sym"),
    ("ExceptionWithHint", "SymException", "Sym"),
    ("SDKError", "SymException", "SymSDK"),
    ("MissingArgument", "SDKError", "SymSDK"),
    ("AWSError", "SymException", "AWS"),
    ("AWSLambdaError", "AWSError", "AWS"),
    ("AWSIAMError", "AWSError", "AWS"),
    ("AWSSSOError", "AWSError", "AWS"),
    ("IdentityError", "SymException", "Identity"),
    ("CouldNotSaveError", "IdentityError", "Identity"),
    ("SymIntegrationError", "SymException", "SymIntegration"),
    ("AccessStrategyError", "SymException", "AccessStrategy"),
    ("AptibleError", "SymException", "Aptible"),
    ("BoundaryError", "SymException", "Boundary"),
    ("GitHubError", "SymException", "GitHub"),
    ("GoogleError", "SymException", "Google"),
    ("HTTPError", "SymException", "HTTP"),
    ("JiraError", "SymException", "Jira"),
    ("KnowBe4Error", "SymException", "KnowBe4"),
    ("OktaError", "SymException", "Okta"),
    ("OneLoginError", "SymException", "OneLogin"),
    ("PagerDutyError", "SymException", "PagerDuty"),
    ("SlackError", "SymException", "Slack"),
];

fn no_model(vm: &Vm, call: &str) -> Value {
    let call = call.to_string();
    let short = call.rsplit('.').next().unwrap_or("").to_string();
    vm.native(&short, move |_, _, _| Err(unmocked(&call)))
}

/// An integration the runtime does not model: every public name is a
/// function that raises `UnmockedCall` naming it (as in the reference
/// runner, also names the descriptor does not declare).
struct StubModule {
    name: &'static str,
}

impl HostObject for StubModule {
    fn type_name(&self) -> &str {
        "module"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        if name.starts_with('_') {
            return Ok(None);
        }
        Ok(Some(no_model(vm, &format!("{}.{name}", self.name))))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<module 'sym.sdk.integrations.{}'>", self.name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ------------------------------------------------------------------ the tree

/// The constructor of the `sym.sdk.exceptions` classes, as the SDK's: the
/// arguments are `(error_type, name, message)` for `SymException` itself and
/// `(name, message, error_type)` for the others (keywords too); the
/// exception's argument, and its `str()`, is the message.
fn sym_exception_init(vm: &Vm, class: &'static str, error_type: &'static str, root: bool) -> Value {
    vm.native("__init__", move |vm, a, k| {
        let Some(Value::Instance(instance)) = a.first() else {
            return Ok(Value::None);
        };
        let order: [&str; 3] = if root {
            ["error_type", "name", "message"]
        } else {
            ["name", "message", "error_type"]
        };
        let given = a.get(1..).unwrap_or(&[]);
        if root && given.len() > 3 {
            return Err(type_error(
                vm,
                format!(
                    "{class}.__init__() takes from 1 to 4 positional arguments but {} were given",
                    given.len() + 1
                ),
            ));
        }
        let mut values: Vec<(&str, Value)> = vec![
            ("error_type", Value::str(error_type)),
            ("name", Value::str("")),
            ("message", Value::str("")),
        ];
        for (field, value) in order.iter().zip(given) {
            if let Some(slot) = values.iter_mut().find(|(f, _)| f == field) {
                slot.1 = value.clone();
            }
        }
        for (key, value) in k {
            match values.iter_mut().find(|(f, _)| **f == **key) {
                Some(slot) => slot.1 = value.clone(),
                None if root => {
                    return Err(type_error(
                        vm,
                        format!("{class}.__init__() got an unexpected keyword argument '{key}'"),
                    ));
                }
                None => {}
            }
        }
        let message = values
            .iter()
            .find(|(f, _)| *f == "message")
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None);
        *instance.args.borrow_mut() = Value::tuple(vec![message]);
        let mut attrs = instance.attrs.borrow_mut();
        for (field, value) in values {
            attrs.insert(Rc::from(field), value);
        }
        Ok(Value::None)
    })
}

/// `sym.sdk.errors.SymSDKError(message="", hint=None, doc_url=None, **kwargs)`.
fn sym_sdk_error_init(vm: &Vm) -> Value {
    vm.native("__init__", |_vm, a, k| {
        let Some(Value::Instance(instance)) = a.first() else {
            return Ok(Value::None);
        };
        let mut values: Vec<(&str, Value)> = vec![
            ("message", Value::str("")),
            ("hint", Value::None),
            ("doc_url", Value::None),
        ];
        for (slot, value) in values.iter_mut().zip(a.get(1..).unwrap_or(&[])) {
            slot.1 = value.clone();
        }
        for (key, value) in k {
            if let Some(slot) = values.iter_mut().find(|(f, _)| **f == **key) {
                slot.1 = value.clone();
            }
        }
        let message = values
            .first()
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None);
        *instance.args.borrow_mut() = Value::tuple(vec![message]);
        let mut attrs = instance.attrs.borrow_mut();
        for (field, value) in values {
            attrs.insert(Rc::from(field), value);
        }
        Ok(Value::None)
    })
}

/// Every module a handler can import, by dotted name.
pub fn build_modules(vm: &mut Vm, st: &Shared) -> HashMap<String, Value> {
    let mut m: HashMap<String, Value> = HashMap::new();
    let exception = vm.exception_class("Exception");
    let mut errors: HashMap<&'static str, Value> = HashMap::new();
    let mut classes: HashMap<&'static str, Rc<Class>> = HashMap::new();
    if let Some(base) = exception.clone() {
        for (name, parent, error_type) in SDK_ERRORS {
            let parent_cls = if parent.is_empty() {
                base.clone()
            } else {
                classes.get(parent).cloned().unwrap_or(base.clone())
            };
            let cls = vm.new_exception_class(name, &parent_cls);
            let init = sym_exception_init(vm, name, error_type, parent.is_empty());
            cls.attrs.borrow_mut().insert(Rc::from("__init__"), init);
            classes.insert(name, cls.clone());
            errors.insert(name, Value::Class(cls));
        }
        let sdk_error = vm.new_exception_class("SymSDKError", &base);
        let init = sym_sdk_error_init(vm);
        sdk_error
            .attrs
            .borrow_mut()
            .insert(Rc::from("__init__"), init);
        let legacy = vm.new_exception_class("SymIntegrationError", &sdk_error);
        errors.insert("errors.SymSDKError", Value::Class(sdk_error));
        errors.insert("errors.SymIntegrationError", Value::Class(legacy));
    }

    // The SDK's enums, made once so that each member is one object.
    let enums: Vec<(&'static str, Value)> = crate::descriptor::ENUMS
        .iter()
        .map(|(path, members)| {
            let name = path.rsplit('.').next().unwrap_or(path);
            (*path, enum_class(name, members))
        })
        .collect();
    let enum_value = |path: &str| {
        enums
            .iter()
            .find(|(p, _)| *p == path)
            .map_or(Value::None, |(_, v)| v.clone())
    };
    let enums_of = |module: &str| -> Vec<(&'static str, Value)> {
        enums
            .iter()
            .filter(|(p, _)| p.rsplit_once('.').is_some_and(|(owner, _)| owner == module))
            .map(|(p, v)| (p.rsplit('.').next().unwrap_or(p), v.clone()))
            .collect()
    };

    // Integrations: the descriptor's functions of each modelled one, then
    // its enums and its error class; the others are stubs.
    let mut integrations: Vec<(&'static str, Value)> = Vec::new();
    for name in crate::descriptor::INTEGRATIONS {
        let path = format!("sym.sdk.integrations.{name}");
        let error = match *name {
            "slack" => "SlackError",
            "okta" => "OktaError",
            "pagerduty" => "PagerDutyError",
            "aws_lambda" => "AWSLambdaError",
            _ => {
                integrations.push((name, Value::host(StubModule { name })));
                continue;
            }
        };
        let mut members = served::module_functions(vm, st, &path);
        members.extend(enums_of(&path));
        if let Some(e) = errors.get(error) {
            members.push((error, e.clone()));
        }
        integrations.push((name, vm.new_module(&path, members)));
    }
    for (name, module) in &integrations {
        m.insert(format!("sym.sdk.integrations.{name}"), module.clone());
    }

    let annotations = served::module_functions(vm, st, "sym.sdk.annotations");
    let mut approval_attrs = served::methods(
        vm,
        Some(st),
        "sym.sdk.templates.approval.ApprovalTemplate",
        &Value::None,
    );
    if let Some(ignore) = served::callable(
        vm,
        Some(st),
        "sym.sdk.templates.template.Template.ignore",
        Value::None,
        Some("ApprovalTemplate.ignore"),
    ) {
        approval_attrs.push(("ignore", ignore));
    }
    let approval = namespace("ApprovalTemplate", approval_attrs, None);
    let template = namespace(
        "Template",
        served::methods(
            vm,
            Some(st),
            "sym.sdk.templates.template.Template",
            &Value::None,
        ),
        None,
    );
    let approval_step = enum_value("sym.sdk.templates.approval.ApprovalTemplateStep");
    let template_step_enum = enum_value("sym.sdk.templates.template.TemplateStep");
    let step_functions = served::module_functions(vm, st, "sym.sdk.templates.step");
    let get_step_output = step_functions
        .iter()
        .find(|(n, _)| *n == "get_step_output")
        .map_or(Value::None, |(_, v)| v.clone());

    let class = |vm: &Vm, path: &'static str| class_value(vm, st, path);
    let mut destinations: Vec<(&'static str, Value)> = Vec::new();
    for ty in [
        "RequestDestination",
        "RequestDestinationFallback",
        "SlackChannelID",
        "SlackChannelName",
        "SlackUser",
        "SlackUserGroup",
    ] {
        let path = format!("sym.sdk.request_destination.{ty}");
        destinations.push((ty, class_value(vm, st, &path)));
    }
    let field_option = class(vm, "sym.sdk.forms.FieldOption");
    let user_role = enum_value("sym.sdk.user.UserRole");
    let mut models = destinations.clone();
    for path in [
        "sym.sdk.target.AccessTarget",
        "sym.sdk.event.Channel",
        "sym.sdk.event.Event",
        "sym.sdk.flow.Flow",
        "sym.sdk.event.Payload",
        "sym.sdk.flow.Run",
        "sym.sdk.user.User",
        "sym.sdk.user.UserIdentity",
    ] {
        models.push((path.rsplit('.').next().unwrap_or(path), class(vm, path)));
    }
    models.push(("FieldOption", field_option.clone()));
    models.push(("UserRole", user_role.clone()));
    let get = |models: &Vec<(&'static str, Value)>, n: &str| {
        models
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None)
    };
    let permission = vec![
        (
            "PermissionLevel",
            enum_value("sym.sdk.request_permission.PermissionLevel"),
        ),
        (
            "RequestPermission",
            class(vm, "sym.sdk.request_permission.RequestPermission"),
        ),
    ];
    let errors_mod = vec![
        (
            "SymSDKError",
            errors
                .get("errors.SymSDKError")
                .cloned()
                .unwrap_or(Value::None),
        ),
        (
            "SymIntegrationError",
            errors
                .get("errors.SymIntegrationError")
                .cloned()
                .unwrap_or(Value::None),
        ),
    ];
    let mut user_module = vec![
        ("User", get(&models, "User")),
        ("UserIdentity", get(&models, "UserIdentity")),
        ("UserRole", user_role),
    ];
    user_module.extend(served::module_functions(vm, st, "sym.sdk.user"));
    let exceptions: Vec<(&'static str, Value)> = SDK_ERRORS
        .iter()
        .filter_map(|(n, _, _)| errors.get(n).map(|v| (*n, v.clone())))
        .collect();

    let submodules: Vec<(&str, Vec<(&'static str, Value)>)> = vec![
        ("integrations", integrations.clone()),
        ("annotations", annotations.clone()),
        (
            "templates",
            vec![
                ("ApprovalTemplate", approval.clone()),
                ("ApprovalTemplateStep", approval_step.clone()),
                ("Template", template.clone()),
                ("TemplateStep", template_step_enum.clone()),
                ("get_step_output", get_step_output.clone()),
            ],
        ),
        (
            "templates.approval",
            vec![
                ("ApprovalTemplate", approval.clone()),
                ("ApprovalTemplateStep", approval_step),
            ],
        ),
        (
            "templates.template",
            vec![
                ("Template", template.clone()),
                ("TemplateStep", template_step_enum),
            ],
        ),
        ("templates.step", step_functions),
        (
            "notifications",
            vec![(
                "Notification",
                class(vm, "sym.sdk.notifications.Notification"),
            )],
        ),
        ("request_permission", permission.clone()),
        ("field_option", vec![("FieldOption", field_option.clone())]),
        ("forms", vec![("FieldOption", field_option)]),
        ("exceptions", exceptions),
        ("errors", errors_mod.clone()),
        (
            "target",
            vec![("AccessTarget", get(&models, "AccessTarget"))],
        ),
        ("user", user_module),
        ("request_destination", destinations),
        ("models", models.clone()),
        (
            "event",
            vec![
                ("Event", get(&models, "Event")),
                ("Payload", get(&models, "Payload")),
                ("Channel", get(&models, "Channel")),
            ],
        ),
        (
            "flow",
            vec![("Flow", get(&models, "Flow")), ("Run", get(&models, "Run"))],
        ),
    ];
    // Parents are made after their children so that each has them as attributes.
    let mut order: Vec<(String, Vec<(&'static str, Value)>)> = submodules
        .into_iter()
        .map(|(n, a)| (format!("sym.sdk.{n}"), a))
        .collect();
    order.sort_by_key(|(n, _)| std::cmp::Reverse(n.matches('.').count()));
    for (name, mut attrs) in order {
        let prefix = format!("{name}.");
        let children: Vec<(String, Value)> = m
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix) && !k[prefix.len()..].contains('.'))
            .map(|(k, v)| (k[prefix.len()..].to_string(), v.clone()))
            .collect();
        let mut owned: Vec<(String, Value)> =
            attrs.drain(..).map(|(k, v)| (k.to_string(), v)).collect();
        for (k, v) in children {
            if !owned.iter().any(|(n, _)| *n == k) {
                owned.push((k, v));
            }
        }
        let refs: Vec<(&str, Value)> = owned.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let module = vm.new_module(&name, refs);
        m.insert(name, module);
    }
    let mut top: Vec<(String, Value)> = Vec::new();
    for (k, v) in models
        .iter()
        .chain(annotations.iter())
        .chain(permission.iter())
        .chain(errors_mod.iter())
    {
        top.push((k.to_string(), v.clone()));
    }
    for name in [
        "aws_lambda",
        "github",
        "google",
        "okta",
        "onelogin",
        "pagerduty",
        "slack",
    ] {
        if let Some((_, v)) = integrations.iter().find(|(n, _)| *n == name) {
            top.push((name.to_string(), v.clone()));
        }
    }
    top.push(("ApprovalTemplate".into(), approval));
    top.push(("Template".into(), template));
    for (k, v) in m.iter() {
        if let Some(short) = k.strip_prefix("sym.sdk.")
            && !short.contains('.')
            && !top.iter().any(|(n, _)| n == short)
        {
            top.push((short.to_string(), v.clone()));
        }
    }
    let refs: Vec<(&str, Value)> = top.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let sdk = vm.new_module("sym.sdk", refs);
    m.insert("sym.sdk".into(), sdk.clone());
    m.insert("sym".into(), vm.new_module("sym", vec![("sdk", sdk)]));
    m
}
