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
use crate::input::{EventSpec, FieldValue, TargetSpec, UserSpec, World};
use crate::models::{Model, Shape, as_model, namespace};
use crate::sdk_surface as surface;
use crate::util::{arg, kwarg, str_value};

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

fn section(st: &Shared, name: &str, call: &str) -> Result<serde_json::Value, Error> {
    st.borrow()
        .world
        .sections
        .get(name)
        .cloned()
        .ok_or_else(|| unmocked(call))
}

fn effect(vm: &mut Vm, st: &Shared, call: &str, fields: &[(&str, Value)]) -> Result<(), Error> {
    let mut entry = vec![("call".to_string(), Out::str(call))];
    for (k, v) in fields {
        entry.push((k.to_string(), encode(vm, v)?));
    }
    st.borrow_mut().effects.push(Out::Obj(entry));
    Ok(())
}

fn type_error(vm: &Vm, message: impl Into<String>) -> Error {
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
    let identities = Rc::new(services);
    let ids = identities.clone();
    let identity = vm.native("identity", move |vm, a, k| {
        let service = arg(a, k, 0, "service_type").unwrap_or(Value::None);
        let service_id = arg(a, k, 1, "service_id").unwrap_or(Value::None);
        let Some(service) = str_value(&service).map(str::to_string) else {
            return Ok(Value::None);
        };
        for (name, list) in ids.iter() {
            if *name != service {
                continue;
            }
            for ident in list {
                if service_id.is_none() {
                    return Ok(ident.clone());
                }
                if let Some(m) = as_model(ident, "UserIdentity") {
                    let sid = m.field("service_id").unwrap_or(Value::None);
                    if ops::eq(vm, &sid, &service_id)? {
                        return Ok(ident.clone());
                    }
                }
            }
        }
        Ok(Value::None)
    });
    let mut id_pairs = Vec::new();
    for (name, list) in identities.iter() {
        id_pairs.push((Value::str(name.as_str()), Value::list(list.clone())));
    }
    let identities_dict = dict_from(vm, id_pairs)?;
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
        ("identities", identities_dict),
        ("identity", identity),
    ];
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
fn run_key(vm: &mut Vm, v: &Value) -> Result<String, Error> {
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

fn lookup(vm: &mut Vm, dict: &Value, key: &Value) -> Result<Value, Error> {
    let key = run_key(vm, key)?;
    if let Value::Dict(d) = dict
        && let Some(v) = d.map.borrow().get(&Key(Value::str(key)))
    {
        return Ok(v.clone());
    }
    Ok(Value::None)
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
            ("actors", actors.clone()),
            ("contexts", contexts.clone()),
            ("source_channel", channel),
        ],
    )
    .value();
    let get_actor = vm.native("get_actor", move |vm, a, k| {
        let key = arg(a, k, 0, "event_name").ok_or_else(|| {
            type_error(
                vm,
                "get_actor() missing 1 required positional argument: 'event_name'",
            )
        })?;
        lookup(vm, &actors, &key)
    });
    let get_context = vm.native("get_context", move |vm, a, k| {
        let key = arg(a, k, 0, "event_name").ok_or_else(|| {
            type_error(
                vm,
                "get_context() missing 1 required positional argument: 'event_name'",
            )
        })?;
        lookup(vm, &contexts, &key)
    });
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
    model.hidden = vec![
        ("user", user),
        ("get_actor", get_actor),
        ("get_context", get_context),
    ];
    Ok(model.value())
}

fn resolve_user(vm: &mut Vm, st: &Shared, email: &str) -> Result<Value, Error> {
    let spec = st.borrow().world.resolve_user(email);
    user_value(vm, &spec)
}

fn users_of(vm: &mut Vm, st: &Shared, emails: Option<&serde_json::Value>) -> Result<Value, Error> {
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
fn email_of(v: &Value) -> Value {
    match as_model(v, "User") {
        Some(m) => m.field("email").unwrap_or(Value::None),
        None => v.clone(),
    }
}

fn json_list_contains(list: Option<&serde_json::Value>, v: &Value) -> bool {
    let Some(s) = str_value(v) else { return false };
    matches!(list, Some(serde_json::Value::Array(items)) if items.iter().any(|i| i.as_str() == Some(s)))
}

fn table<'a>(sec: &'a serde_json::Value, name: &str, key: &Value) -> Option<&'a serde_json::Value> {
    let key = str_value(key)?;
    sec.get(name)?.get(key)
}

// ------------------------------------------------------------------ validated models

/// A field's default: its name and a maker of the value.
type Default = (&'static str, fn() -> Value);

struct Spec {
    ty: &'static str,
    fields: &'static [&'static str],
    required: &'static [&'static str],
    defaults: &'static [Default],
}

const SLACK_DESTINATIONS: &[&str] = &[
    "SlackChannelID",
    "SlackChannelName",
    "SlackUser",
    "SlackUserGroup",
];

fn validation(vm: &Vm, st: &Shared, ty: &str, field: &str, reason: &str) -> Error {
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

fn construct(
    vm: &mut Vm,
    st: &Shared,
    spec: &Spec,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(type_error(
            vm,
            format!("{}() takes keyword arguments only", spec.ty),
        ));
    }
    let mut fields: Vec<(&'static str, Value)> = Vec::new();
    for f in spec.fields {
        let v = match kwarg(kwargs, f) {
            Some(v) => v,
            None if spec.required.contains(f) => {
                return Err(validation(vm, st, spec.ty, f, "field required"));
            }
            None => spec
                .defaults
                .iter()
                .find(|(n, _)| n == f)
                .map(|(_, d)| d())
                .unwrap_or(Value::None),
        };
        fields.push((f, v));
    }
    match spec.ty {
        "Notification" => {
            let items = match &fields[0].1 {
                Value::List(l) => l.items.borrow().clone(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => {
                    return Err(validation(
                        vm,
                        st,
                        spec.ty,
                        "destinations",
                        "must be a list",
                    ));
                }
            };
            if items.is_empty() {
                return Err(validation(
                    vm,
                    st,
                    spec.ty,
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
                    spec.ty,
                    "destinations",
                    "at most one Slack destination is allowed",
                ));
            }
            fields[0].1 = Value::list(items);
        }
        "RequestPermission" => {
            for slot in fields.iter_mut().take(2) {
                let (f, value) = (slot.0, slot.1.clone());
                let items = match &value {
                    Value::List(l) => Some(l.items.borrow().clone()),
                    Value::Tuple(t) => Some(t.items.to_vec()),
                    _ => None,
                };
                match items {
                    Some(items) => {
                        if items.is_empty() {
                            return Err(validation(vm, st, spec.ty, f, "must not be empty"));
                        }
                        for item in &items {
                            let text = ops::str_of(vm, item)?;
                            if !is_uuid(&text) {
                                return Err(validation(
                                    vm,
                                    st,
                                    spec.ty,
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
                                spec.ty,
                                f,
                                "must be a PermissionLevel or a list of user ids",
                            ));
                        }
                    },
                }
            }
        }
        "FieldOption" => {
            if let Value::Str(s) = &fields[1].1
                && s.chars > 55
            {
                return Err(validation(
                    vm,
                    st,
                    spec.ty,
                    "label",
                    "longer than 55 characters",
                ));
            }
        }
        _ => {}
    }
    Ok(Model::new(spec.ty, fields).value())
}

fn f_false() -> Value {
    Value::Bool(0)
}
fn f_true() -> Value {
    Value::Bool(1)
}

const DEST_DEFAULTS: &[Default] = &[("allow_self", f_false)];

const SPECS: &[Spec] = &[
    Spec {
        ty: "SlackChannelID",
        fields: &["channel_id", "allow_self", "timeout"],
        required: &["channel_id"],
        defaults: DEST_DEFAULTS,
    },
    Spec {
        ty: "SlackChannelName",
        fields: &["channel_name", "allow_self", "timeout"],
        required: &["channel_name"],
        defaults: DEST_DEFAULTS,
    },
    Spec {
        ty: "SlackUser",
        fields: &["user", "allow_self", "timeout"],
        required: &["user"],
        defaults: DEST_DEFAULTS,
    },
    Spec {
        ty: "SlackUserGroup",
        fields: &["users", "allow_self", "timeout"],
        required: &["users"],
        defaults: DEST_DEFAULTS,
    },
    Spec {
        ty: "RequestDestination",
        fields: &["allow_self", "timeout"],
        required: &[],
        defaults: DEST_DEFAULTS,
    },
    Spec {
        ty: "RequestDestinationFallback",
        fields: &[
            "destinations",
            "continue_on_delivery_failure",
            "continue_on_timeout",
        ],
        required: &["destinations"],
        defaults: &[
            ("continue_on_delivery_failure", f_true),
            ("continue_on_timeout", f_false),
        ],
    },
    Spec {
        ty: "Notification",
        fields: &["destinations", "timeout"],
        required: &["destinations"],
        defaults: &[],
    },
    Spec {
        ty: "RequestPermission",
        fields: &["webapp_view", "approve_deny", "allow_self_approval"],
        required: &["webapp_view", "approve_deny"],
        defaults: &[("allow_self_approval", f_false)],
    },
    Spec {
        ty: "FieldOption",
        fields: &["value", "label"],
        required: &["value", "label"],
        defaults: &[],
    },
];

fn spec(ty: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.ty == ty)
}

fn model_class(vm: &Vm, st: &Shared, ty: &'static str) -> Value {
    let st = st.clone();
    let ctor = vm.native(ty, move |vm, a, k| match spec(ty) {
        Some(s) => construct(vm, &st, s, a, k),
        None => Err(type_error(vm, format!("cannot create '{ty}' instances"))),
    });
    namespace(ty, vec![], Some(ctor))
}

fn plain_class(vm: &Vm, ty: &'static str) -> Value {
    let ctor = vm.native(ty, move |vm, _, _| {
        Err(type_error(vm, format!("cannot create '{ty}' instances")))
    });
    namespace(ty, vec![], Some(ctor))
}

use crate::enums::enum_class;

// ------------------------------------------------------------------ integrations

fn slack_module(vm: &mut Vm, st: &Shared, errors: &HashMap<&'static str, Value>) -> Value {
    let s = st.clone();
    let channel = vm.native("channel", move |vm, a, k| {
        let name = arg(a, k, 0, "name").ok_or_else(|| {
            type_error(
                vm,
                "slack_channel() missing 1 required positional argument: 'name'",
            )
        })?;
        let allow_self = arg(a, k, 1, "allow_self").unwrap_or(Value::Bool(0));
        let timeout = arg(a, k, 2, "timeout").unwrap_or(Value::None);
        let Some(text) = str_value(&name) else {
            return Err(type_error(
                vm,
                format!(
                    "slack.channel() expects a str, got {}",
                    sym_vm::value::type_name(&name)
                ),
            ));
        };
        let (ty, field) = if text.starts_with('#') {
            ("SlackChannelName", "channel_name")
        } else {
            ("SlackChannelID", "channel_id")
        };
        let kw = vec![
            (field, name.clone()),
            ("allow_self", allow_self),
            ("timeout", timeout),
        ];
        build(vm, &s, ty, kw)
    });
    let s = st.clone();
    let user = vm.native("user", move |vm, a, k| {
        let id = arg(a, k, 0, "identifier").ok_or_else(|| {
            type_error(
                vm,
                "slack_user() missing 1 required positional argument: 'identifier'",
            )
        })?;
        let kw = vec![
            ("user", id),
            (
                "allow_self",
                arg(a, k, 1, "allow_self").unwrap_or(Value::Bool(0)),
            ),
            ("timeout", arg(a, k, 2, "timeout").unwrap_or(Value::None)),
        ];
        build(vm, &s, "SlackUser", kw)
    });
    let s = st.clone();
    let group = vm.native("group", move |vm, a, k| {
        let users = arg(a, k, 0, "users").ok_or_else(|| {
            type_error(
                vm,
                "slack_group() missing 1 required positional argument: 'users'",
            )
        })?;
        let users = Value::list(vm.collect(&users)?);
        let kw = vec![
            ("users", users),
            (
                "allow_self",
                arg(a, k, 1, "allow_self").unwrap_or(Value::Bool(0)),
            ),
            ("timeout", arg(a, k, 2, "timeout").unwrap_or(Value::None)),
        ];
        build(vm, &s, "SlackUserGroup", kw)
    });
    let s = st.clone();
    let fallback = vm.native("fallback", move |vm, a, k| {
        let kw = vec![
            ("destinations", Value::list(a.to_vec())),
            (
                "continue_on_delivery_failure",
                kwarg(k, "continue_on_delivery_failure").unwrap_or(Value::Bool(1)),
            ),
            (
                "continue_on_timeout",
                kwarg(k, "continue_on_timeout").unwrap_or(Value::Bool(0)),
            ),
        ];
        build(vm, &s, "RequestDestinationFallback", kw)
    });
    let mention = vm.native("mention", |vm, a, k| {
        let id = arg(a, k, 0, "identifier").ok_or_else(|| {
            type_error(
                vm,
                "slack_mention() missing 1 required positional argument: 'identifier'",
            )
        })?;
        if let Some(user) = as_model(&id, "User") {
            let ident = match user.field("identity") {
                Some(f) => vm.call(&f, &[Value::str("slack")], &[])?,
                None => Value::None,
            };
            if let Some(m) = as_model(&ident, "UserIdentity") {
                let uid = ops::str_of(vm, &m.field("user_id").unwrap_or(Value::None))?;
                return Ok(Value::str(format!("<@{uid}>")));
            }
            let name = user.field("username").unwrap_or(Value::None);
            let name = ops::str_of(vm, &name)?;
            return Ok(Value::str(format!("@{name}")));
        }
        let text = ops::str_of(vm, &id)?;
        if text.starts_with("<@") {
            return Ok(id);
        }
        Ok(Value::str(format!("<@{text}>")))
    });
    let s = st.clone();
    let send_message = vm.native("send_message", move |vm, a, k| {
        let dest = arg(a, k, 0, "destination").ok_or_else(|| type_error(vm, "slack_send_message() missing 2 required positional arguments: 'destination' and 'message'"))?;
        let msg = arg(a, k, 1, "message").ok_or_else(|| type_error(vm, "slack_send_message() missing 1 required positional argument: 'message'"))?;
        section(&s, "slack", "slack.send_message")?;
        effect(vm, &s, "slack.send_message", &[("destination", dest), ("message", msg)])?;
        Ok(Value::None)
    });
    let s = st.clone();
    let send_thread = vm.native("send_thread_message", move |vm, a, k| {
        let msg = arg(a, k, 0, "message").ok_or_else(|| {
            type_error(
                vm,
                "slack_send_thread_message() missing 1 required positional argument: 'message'",
            )
        })?;
        section(&s, "slack", "slack.send_thread_message")?;
        effect(vm, &s, "slack.send_thread_message", &[("message", msg)])?;
        Ok(Value::None)
    });
    let s = st.clone();
    let users_in_channel = vm.native("users_in_channel", move |vm, a, k| {
        let ch = arg(a, k, 0, "channel").ok_or_else(|| {
            type_error(
                vm,
                "slack_users_in_channel() missing 1 required positional argument: 'channel'",
            )
        })?;
        let sec = section(&s, "slack", "slack.users_in_channel")?;
        let mut key = ch.clone();
        if let Some(m) = as_model(&ch, "") {
            for f in ["channel_name", "channel_id"] {
                if let Some(v) = m.field(f)
                    && v.truthy()
                {
                    key = v;
                    break;
                }
            }
        }
        users_of(vm, &s, table(&sec, "channels", &key))
    });
    let implementations = vec![
        ("channel", channel),
        ("user", user),
        ("group", group),
        ("fallback", fallback),
        ("mention", mention),
        ("send_message", send_message),
        ("send_thread_message", send_thread),
        ("users_in_channel", users_in_channel),
    ];
    let mut extra = Vec::new();
    if let Some(e) = errors.get("SlackError") {
        extra.push(("SlackError", e.clone()));
    }
    integration_module(vm, "slack", implementations, extra)
}

fn build(
    vm: &mut Vm,
    st: &Shared,
    ty: &'static str,
    kw: Vec<(&str, Value)>,
) -> Result<Value, Error> {
    let kw: Vec<(Rc<str>, Value)> = kw.into_iter().map(|(k, v)| (Rc::from(k), v)).collect();
    match spec(ty) {
        Some(s) => construct(vm, st, s, &[], &kw),
        None => Ok(Value::None),
    }
}

fn no_model(vm: &Vm, call: &str) -> Value {
    let call = call.to_string();
    let short = call.rsplit('.').next().unwrap_or("").to_string();
    vm.native(&short, move |_, _, _| Err(unmocked(&call)))
}

fn missing_kw(vm: &Vm, func: &str, name: &str) -> Error {
    type_error(
        vm,
        format!("{func}() missing 1 required keyword-only argument: '{name}'"),
    )
}

fn okta_module(vm: &mut Vm, st: &Shared, errors: &HashMap<&'static str, Value>) -> Value {
    let s = st.clone();
    let is_in = vm.native("is_user_in_group", move |vm, a, k| {
        let user = arg(a, k, 0, "user").ok_or_else(|| {
            type_error(
                vm,
                "okta_is_user_in_group() missing 1 required positional argument: 'user'",
            )
        })?;
        let gid = kwarg(k, "group_id")
            .ok_or_else(|| missing_kw(vm, "okta_is_user_in_group", "group_id"))?;
        let sec = section(&s, "okta", "okta.is_user_in_group")?;
        Ok(Value::bool(json_list_contains(
            table(&sec, "groups", &gid),
            &email_of(&user),
        )))
    });
    let s = st.clone();
    let users_in = vm.native("users_in_group", move |vm, _a, k| {
        let gid = kwarg(k, "group_id")
            .ok_or_else(|| missing_kw(vm, "okta_users_in_group", "group_id"))?;
        let sec = section(&s, "okta", "okta.users_in_group")?;
        users_of(vm, &s, table(&sec, "groups", &gid))
    });
    let s = st.clone();
    let info = vm.native("get_user_info", move |vm, a, k| {
        let user = arg(a, k, 0, "user").ok_or_else(|| {
            type_error(
                vm,
                "okta_get_user_info() missing 1 required positional argument: 'user'",
            )
        })?;
        let sec = section(&s, "okta", "okta.get_user_info")?;
        match table(&sec, "user_info", &email_of(&user)) {
            Some(v) => from_json(vm, v),
            None => Ok(Value::dict(new_dict_map())),
        }
    });
    let implementations = vec![
        ("is_user_in_group", is_in),
        ("users_in_group", users_in),
        ("get_user_info", info),
    ];
    let mut extra = Vec::new();
    if let Some(e) = errors.get("OktaError") {
        extra.push(("OktaError", e.clone()));
    }
    integration_module(vm, "okta", implementations, extra)
}

const PD_KEYS: &[&str] = &[
    "schedule_name",
    "schedule_id",
    "escalation_policy_name",
    "escalation_policy_id",
];

fn on_call(
    vm: &mut Vm,
    st: &Shared,
    call: &str,
    k: &[(Rc<str>, Value)],
    keys: &[&str],
) -> Result<Option<serde_json::Value>, Error> {
    let sec = section(st, "pagerduty", call)?;
    let mut key = Value::str("*");
    for name in keys {
        if let Some(v) = kwarg(k, name)
            && !v.is_none()
        {
            key = v;
            break;
        }
    }
    let _ = vm;
    Ok(table(&sec, "on_call", &key).cloned())
}

fn check_kwargs(
    vm: &Vm,
    func: &str,
    k: &[(Rc<str>, Value)],
    allowed: &[&str],
) -> Result<(), Error> {
    for (name, _) in k {
        if !allowed.contains(&&**name) {
            return Err(type_error(
                vm,
                format!("{func}() got an unexpected keyword argument '{name}'"),
            ));
        }
    }
    Ok(())
}

fn pagerduty_module(vm: &mut Vm, st: &Shared, errors: &HashMap<&'static str, Value>) -> Value {
    let s = st.clone();
    let is_on = vm.native("is_on_call", move |vm, a, k| {
        check_kwargs(
            vm,
            "pd_is_on_call",
            k,
            &[
                "user",
                "schedule_name",
                "schedule_id",
                "escalation_policy_name",
                "escalation_policy_id",
            ],
        )?;
        let user = arg(a, k, 0, "user").ok_or_else(|| {
            type_error(
                vm,
                "pd_is_on_call() missing 1 required positional argument: 'user'",
            )
        })?;
        let list = on_call(vm, &s, "pagerduty.is_on_call", k, PD_KEYS)?;
        Ok(Value::bool(json_list_contains(
            list.as_ref(),
            &email_of(&user),
        )))
    });
    let s = st.clone();
    let users_on = vm.native("users_on_call", move |vm, _a, k| {
        check_kwargs(vm, "pd_users_on_call", k, PD_KEYS)?;
        let list = on_call(vm, &s, "pagerduty.users_on_call", k, PD_KEYS)?;
        users_of(vm, &s, list.as_ref())
    });
    let s = st.clone();
    let for_schedule = vm.native("users_for_schedule", move |vm, _a, k| {
        check_kwargs(vm, "pd_users_for_schedule", k, &PD_KEYS[..2])?;
        let list = on_call(vm, &s, "pagerduty.users_for_schedule", k, &PD_KEYS[..2])?;
        users_of(vm, &s, list.as_ref())
    });
    let implementations = vec![
        ("is_on_call", is_on),
        ("users_on_call", users_on),
        ("users_for_schedule", for_schedule),
    ];
    let mut extra = vec![
        (
            "PagerDutyStatus",
            enum_class(
                "PagerDutyStatus",
                &[
                    ("TRIGGERED", "triggered"),
                    ("ACKNOWLEDGED", "acknowledged"),
                    ("RESOLVED", "resolved"),
                ],
            ),
        ),
        (
            "PagerDutyUrgency",
            enum_class("PagerDutyUrgency", &[("LOW", "low"), ("HIGH", "high")]),
        ),
    ];
    if let Some(e) = errors.get("PagerDutyError") {
        extra.push(("PagerDutyError", e.clone()));
    }
    integration_module(vm, "pagerduty", implementations, extra)
}

fn lambda_module(vm: &mut Vm, st: &Shared, errors: &HashMap<&'static str, Value>) -> Value {
    let s = st.clone();
    let invoke = vm.native("invoke", move |vm, a, k| {
        let arn = arg(a, k, 0, "arn").ok_or_else(|| {
            type_error(
                vm,
                "lambda_invoke() missing 1 required positional argument: 'arn'",
            )
        })?;
        let payload = arg(a, k, 1, "payload").unwrap_or(Value::None);
        let sec = section(&s, "aws_lambda", "aws_lambda.invoke")?;
        effect(
            vm,
            &s,
            "aws_lambda.invoke",
            &[("arn", arn.clone()), ("payload", payload)],
        )?;
        match str_value(&arn).and_then(|a| sec.get(a)) {
            Some(v) => from_json(vm, v),
            None => Ok(Value::dict(new_dict_map())),
        }
    });
    let s = st.clone();
    let invoke_async = vm.native("invoke_async", move |vm, a, k| {
        let arn = arg(a, k, 0, "arn").ok_or_else(|| {
            type_error(
                vm,
                "lambda_invoke_async() missing 1 required positional argument: 'arn'",
            )
        })?;
        let payload = arg(a, k, 1, "payload").unwrap_or(Value::None);
        section(&s, "aws_lambda", "aws_lambda.invoke_async")?;
        effect(
            vm,
            &s,
            "aws_lambda.invoke_async",
            &[("arn", arn), ("payload", payload)],
        )?;
        Ok(Value::Bool(1))
    });
    let implementations = vec![("invoke", invoke), ("invoke_async", invoke_async)];
    let mut extra = Vec::new();
    if let Some(e) = errors.get("AWSLambdaError") {
        extra.push(("AWSLambdaError", e.clone()));
    }
    integration_module(vm, "aws_lambda", implementations, extra)
}

/// The functions an integration module declares in the SDK descriptor, in
/// its order: each one modelled here is bound through the descriptor's
/// parameters, the rest raise `UnmockedCall` as the contract says. (Read
/// from that module's stub alone: a run starts in about a millisecond, and
/// loading the whole descriptor would double that.)
pub fn descriptor_functions(module: &str) -> Vec<sym_sdk::Function> {
    sym_sdk::module_functions(&format!("sym.sdk.integrations.{module}"))
}

/// An integration module made from the descriptor (see
/// [`descriptor_functions`]); `implementations` are the modelled functions
/// (each must be in [`surface::MODELLED_FUNCTIONS`], which a test holds to
/// the descriptor), `extra` the module's other members.
fn integration_module(
    vm: &mut Vm,
    module: &'static str,
    implementations: Vec<(&'static str, Value)>,
    extra: Vec<(&'static str, Value)>,
) -> Value {
    let mut members: Vec<(&str, Value)> = Vec::new();
    let functions = descriptor_functions(module);
    for function in &functions {
        let name = function.name.as_str();
        let member = match implementations.iter().find(|(n, _)| *n == name) {
            Some((_, implementation)) => {
                let implementation = implementation.clone();
                let display = crate::bind::display_name(module, name);
                let signature = function.clone();
                vm.native(name, move |vm, a, k| {
                    let call = crate::bind::bind(vm, &signature, &display, a, k)?;
                    vm.call(&implementation, &call.args, &call.kwargs)
                })
            }
            None => no_model(vm, &format!("{module}.{name}")),
        };
        members.push((name, member));
    }
    members.extend(extra);
    vm.new_module(&format!("sym.sdk.integrations.{module}"), members)
}

/// An integration the runtime does not model: every function is unmocked.
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

fn template_step(vm: &Vm, class: &'static str, name: &'static str) -> Value {
    vm.native(name, move |vm, a, k| {
        if !a.is_empty() {
            return Err(type_error(
                vm,
                format!("{class}.{name}() takes keyword arguments only"),
            ));
        }
        let mut pairs = Vec::new();
        for (key, v) in k {
            pairs.push((Value::str(&**key), v.clone()));
        }
        let payload = dict_from(vm, pairs)?;
        let mut m = Model::new(
            "TemplateEvent",
            vec![("name", Value::str(name)), ("payload", payload)],
        );
        m.encoded_as = "Event";
        Ok(m.value())
    })
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
        for (name, parent, error_type) in surface::SDK_ERRORS {
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

    let mut integrations: Vec<(&'static str, Value)> = vec![
        ("slack", slack_module(vm, st, &errors)),
        ("okta", okta_module(vm, st, &errors)),
        ("pagerduty", pagerduty_module(vm, st, &errors)),
        ("aws_lambda", lambda_module(vm, st, &errors)),
    ];
    for name in surface::STUB_INTEGRATIONS {
        integrations.push((name, Value::host(StubModule { name })));
    }
    for (name, module) in &integrations {
        m.insert(format!("sym.sdk.integrations.{name}"), module.clone());
    }

    let identity = vm.native("reducer", |vm, a, _| {
        a.first()
            .cloned()
            .ok_or_else(|| type_error(vm, "reducer() missing 1 required positional argument: 'fn'"))
    });
    let hook = vm.native("hook", |vm, a, _| {
        a.first()
            .cloned()
            .ok_or_else(|| type_error(vm, "hook() missing 1 required positional argument: 'fn'"))
    });
    let prefetch = vm.native("prefetch", |vm, a, k| {
        arg(a, k, 0, "field_name").ok_or_else(|| {
            type_error(
                vm,
                "prefetch() missing 1 required positional argument: 'field_name'",
            )
        })?;
        Ok(vm.native("decorator", |vm, a, _| {
            a.first().cloned().ok_or_else(|| {
                type_error(
                    vm,
                    "<lambda>() missing 1 required positional argument: 'fn'",
                )
            })
        }))
    });
    let annotations = vec![
        ("reducer", identity),
        ("hook", hook),
        ("prefetch", prefetch),
    ];

    let step_names = [
        "prompt",
        "request",
        "approve",
        "deny",
        "escalate",
        "deescalate",
    ];
    let mut approval_attrs: Vec<(&'static str, Value)> = step_names
        .iter()
        .map(|n| (*n, template_step(vm, "ApprovalTemplate", n)))
        .collect();
    approval_attrs.push(("ignore", template_step(vm, "ApprovalTemplate", "ignore")));
    let approval = namespace("ApprovalTemplate", approval_attrs, None);
    let template = namespace(
        "Template",
        vec![("ignore", template_step(vm, "Template", "ignore"))],
        None,
    );
    let approval_step = enum_class("ApprovalTemplateStep", surface::APPROVAL_STEPS);
    let template_step_enum = enum_class("TemplateStep", &[("IGNORE", "ignore")]);
    let s = st.clone();
    let get_step_output = vm.native("get_step_output", move |vm, a, k| {
        let sec = section(&s, "step_output", "get_step_output")?;
        let key = match arg(a, k, 0, "step") {
            None | Some(Value::None) => s.borrow().event_name.clone(),
            Some(v) => run_key(vm, &v)?,
        };
        match sec.get(&key) {
            Some(v) => from_json(vm, v),
            None => Ok(Value::dict(new_dict_map())),
        }
    });

    let mut destinations: Vec<(&'static str, Value)> = Vec::new();
    for ty in [
        "RequestDestination",
        "RequestDestinationFallback",
        "SlackChannelID",
        "SlackChannelName",
        "SlackUser",
        "SlackUserGroup",
    ] {
        destinations.push((ty, model_class(vm, st, ty)));
    }
    let field_option = model_class(vm, st, "FieldOption");
    let user_role = enum_class(
        "UserRole",
        &[("ADMIN", "admin"), ("MEMBER", "member"), ("GUEST", "guest")],
    );
    let mut models = destinations.clone();
    for ty in [
        "AccessTarget",
        "Channel",
        "Event",
        "Flow",
        "Payload",
        "Run",
        "User",
        "UserIdentity",
    ] {
        models.push((ty, plain_class(vm, ty)));
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
    let permission_level = enum_class(
        "PermissionLevel",
        &[
            ("ADMIN", "admin"),
            ("MEMBER", "member"),
            ("ALL_USERS", "all_users"),
        ],
    );
    let permission = vec![
        ("PermissionLevel", permission_level),
        (
            "RequestPermission",
            model_class(vm, st, "RequestPermission"),
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
    let user_ids = vm.native("user_ids", |vm, a, k| {
        let list = arg(a, k, 0, "user_list").ok_or_else(|| {
            type_error(
                vm,
                "user_ids() missing 1 required positional argument: 'user_list'",
            )
        })?;
        let mut out = Vec::new();
        for u in vm.collect(&list)? {
            out.push(vm.get_attr(&u, "id")?);
        }
        Ok(Value::list(out))
    });
    let exceptions: Vec<(&'static str, Value)> = surface::SDK_ERRORS
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
        ("templates.step", vec![("get_step_output", get_step_output)]),
        (
            "notifications",
            vec![("Notification", model_class(vm, st, "Notification"))],
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
        (
            "user",
            vec![
                ("User", get(&models, "User")),
                ("UserIdentity", get(&models, "UserIdentity")),
                ("UserRole", user_role),
                ("user_ids", user_ids),
            ],
        ),
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
