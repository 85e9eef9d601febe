//! The implementations of the SDK functions and methods the runtime serves
//! ([`crate::served::IMPLEMENTATIONS`]): integrations answered from the
//! world, the Slack destination helpers, template steps, decorators and
//! the methods of users, events and roles. Each reads its arguments, already
//! bound through the descriptor's signature, by parameter name.

use sym_vm::value::{Key, new_dict_map, new_set_map};
use sym_vm::{Error, Value, Vm, ops};

use crate::bind::{Kind, Param, Signature, Style};
use crate::encode::from_json;
use crate::models::{Model, as_model};
use crate::sdk::{
    effect, email_of, json_list_contains, run_key, section, table, type_error, users_of,
};
use crate::served::{Call, call_path};
use crate::util::str_value;

// ------------------------------------------------------------------ slack

pub fn slack_channel(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let name = call.args.get("name");
    let Some(text) = str_value(&name) else {
        return Err(type_error(
            vm,
            format!(
                "slack.channel() expects a str, got {}",
                sym_vm::value::type_name(&name)
            ),
        ));
    };
    let (class, field) = if text.starts_with('#') {
        ("SlackChannelName", "channel_name")
    } else {
        ("SlackChannelID", "channel_id")
    };
    call_path(
        vm,
        st,
        &format!("sym.sdk.request_destination.{class}.__init__"),
        vec![
            (field, name.clone()),
            ("allow_self", call.args.get("allow_self")),
            ("timeout", call.args.get("timeout")),
        ],
    )
}

pub fn slack_user(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    call_path(
        vm,
        call.state()?,
        "sym.sdk.request_destination.SlackUser.__init__",
        vec![
            ("user", call.args.get("identifier")),
            ("allow_self", call.args.get("allow_self")),
            ("timeout", call.args.get("timeout")),
        ],
    )
}

pub fn slack_group(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let users = Value::list(vm.collect(&call.args.get("users"))?);
    call_path(
        vm,
        call.state()?,
        "sym.sdk.request_destination.SlackUserGroup.__init__",
        vec![
            ("users", users),
            ("allow_self", call.args.get("allow_self")),
            ("timeout", call.args.get("timeout")),
        ],
    )
}

pub fn slack_fallback(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    call_path(
        vm,
        call.state()?,
        "sym.sdk.request_destination.RequestDestinationFallback.__init__",
        vec![
            ("destinations", Value::list(call.args.rest().to_vec())),
            (
                "continue_on_delivery_failure",
                call.args.get("continue_on_delivery_failure"),
            ),
            ("continue_on_timeout", call.args.get("continue_on_timeout")),
        ],
    )
}

pub fn slack_mention(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let id = call.args.get("identifier");
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
}

pub fn slack_send_message(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    section(st, "slack", "slack.send_message")?;
    effect(
        vm,
        st,
        "slack.send_message",
        &[
            ("destination", call.args.get("destination")),
            ("message", call.args.get("message")),
        ],
    )?;
    Ok(Value::None)
}

pub fn slack_send_thread_message(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    section(st, "slack", "slack.send_thread_message")?;
    effect(
        vm,
        st,
        "slack.send_thread_message",
        &[("message", call.args.get("message"))],
    )?;
    Ok(Value::None)
}

pub fn slack_users_in_channel(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let channel = call.args.get("channel");
    let sec = section(st, "slack", "slack.users_in_channel")?;
    // The channel's name, else its id, else the argument itself.
    let mut key = channel.clone();
    if let Some(m) = as_model(&channel, "") {
        for f in ["channel_name", "channel_id"] {
            if let Some(v) = m.field(f)
                && v.truthy()
            {
                key = v;
                break;
            }
        }
    }
    users_of(vm, st, table(&sec, "channels", &key))
}

// ------------------------------------------------------------------ okta

pub fn okta_is_user_in_group(_vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let sec = section(call.state()?, "okta", "okta.is_user_in_group")?;
    Ok(Value::bool(json_list_contains(
        table(&sec, "groups", &call.args.get("group_id")),
        &email_of(&call.args.get("user")),
    )))
}

pub fn okta_users_in_group(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let sec = section(st, "okta", "okta.users_in_group")?;
    users_of(vm, st, table(&sec, "groups", &call.args.get("group_id")))
}

pub fn okta_get_user_info(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let sec = section(call.state()?, "okta", "okta.get_user_info")?;
    match table(&sec, "user_info", &email_of(&call.args.get("user"))) {
        Some(v) => from_json(vm, v),
        None => Ok(Value::dict(new_dict_map())),
    }
}

// ------------------------------------------------------------------ pagerduty

/// The on-call table's entry for the first of `keys` the call gave (not
/// None), else `*`; a named key never falls back to `*`.
fn on_call(call: &Call<'_>, name: &str, keys: &[&str]) -> Result<Option<serde_json::Value>, Error> {
    let sec = section(call.state()?, "pagerduty", name)?;
    let key = keys
        .iter()
        .map(|k| call.args.get(k))
        .find(|v| !v.is_none())
        .unwrap_or_else(|| Value::str("*"));
    Ok(table(&sec, "on_call", &key).cloned())
}

const PD_KEYS: &[&str] = &[
    "schedule_name",
    "schedule_id",
    "escalation_policy_name",
    "escalation_policy_id",
];

pub fn pd_is_on_call(_vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let list = on_call(call, "pagerduty.is_on_call", PD_KEYS)?;
    Ok(Value::bool(json_list_contains(
        list.as_ref(),
        &email_of(&call.args.get("user")),
    )))
}

pub fn pd_users_on_call(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let list = on_call(call, "pagerduty.users_on_call", PD_KEYS)?;
    users_of(vm, call.state()?, list.as_ref())
}

pub fn pd_users_for_schedule(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let list = on_call(call, "pagerduty.users_for_schedule", &PD_KEYS[..2])?;
    users_of(vm, call.state()?, list.as_ref())
}

// ------------------------------------------------------------------ aws_lambda

pub fn lambda_invoke(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let arn = call.args.get("arn");
    let sec = section(st, "aws_lambda", "aws_lambda.invoke")?;
    effect(
        vm,
        st,
        "aws_lambda.invoke",
        &[("arn", arn.clone()), ("payload", call.args.get("payload"))],
    )?;
    match str_value(&arn).and_then(|a| sec.get(a)) {
        Some(v) => from_json(vm, v),
        None => Ok(Value::dict(new_dict_map())),
    }
}

pub fn lambda_invoke_async(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    section(st, "aws_lambda", "aws_lambda.invoke_async")?;
    effect(
        vm,
        st,
        "aws_lambda.invoke_async",
        &[
            ("arn", call.args.get("arn")),
            ("payload", call.args.get("payload")),
        ],
    )?;
    Ok(Value::bool(true))
}

// ------------------------------------------------------------------ templates

/// `get_step_output(step=None)`: the world's output of that step, of the
/// current event's step when none is given.
pub fn get_step_output(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let st = call.state()?;
    let sec = section(st, "step_output", "get_step_output")?;
    let key = match call.args.get("step") {
        Value::None => st.borrow().event_name.clone(),
        step => run_key(vm, &step)?,
    };
    match sec.get(&key) {
        Some(v) => from_json(vm, v),
        None => Ok(Value::dict(new_dict_map())),
    }
}

/// `ApprovalTemplate.approve(**kw)` and the other steps: an Event of that
/// step whose payload is the keywords as given.
pub fn template_step(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let mut map = new_dict_map();
    for (key, value) in call.args.extra() {
        map.insert(
            Key::new(Value::str(&**key)).map_err(|e| type_error(vm, e))?,
            value.clone(),
        );
    }
    let mut m = Model::new(
        "TemplateEvent",
        vec![
            ("name", Value::str(call.signature.name())),
            ("payload", Value::dict(map)),
        ],
    );
    m.encoded_as = "Event";
    Ok(m.value())
}

// ------------------------------------------------------------------ annotations, users

/// `reducer(fn)` and `hook(fn)` give the function back.
pub fn identity_decorator(_vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    Ok(call.args.get("fn"))
}

/// The decorator `prefetch(field_name)` returns (the reference runner's
/// `lambda fn: fn`, which messages name as below).
static PREFETCH_DECORATOR: Signature = Signature {
    path: "prefetch.<locals>.<lambda>",
    params: &[Param {
        name: "fn",
        kind: Kind::PositionalOrKeyword,
        default: None,
    }],
};

pub fn prefetch(vm: &mut Vm, _call: &Call<'_>) -> Result<Value, Error> {
    Ok(vm.native("<lambda>", |vm, args, kwargs| {
        let style = Style::Python { method: false };
        match crate::bind::bind(
            &PREFETCH_DECORATOR,
            style,
            PREFETCH_DECORATOR.path,
            args,
            kwargs,
        ) {
            Ok(bound) => Ok(bound.get("fn")),
            Err(crate::bind::BindError::Type(message)) => Err(type_error(vm, message)),
            Err(crate::bind::BindError::FieldRequired(field)) => {
                Err(type_error(vm, format!("missing {field}")))
            }
        }
    }))
}

pub fn user_ids(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let mut out = Vec::new();
    for u in vm.collect(&call.args.get("user_list"))? {
        out.push(vm.get_attr(&u, "id")?);
    }
    Ok(Value::list(out))
}

fn no_attribute(vm: &Vm, value: &Value, name: &str) -> Error {
    vm.new_exception(
        "AttributeError",
        format!(
            "'{}' object has no attribute '{name}'",
            sym_vm::value::type_name(value)
        ),
    )
}

/// `user.identity(service_type, service_id=None)`; the receiver is the
/// user's identities (service type to a list of UserIdentity).
pub fn user_identity(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let Value::Dict(identities) = call.receiver else {
        return Err(no_attribute(vm, call.receiver, "get"));
    };
    let service = call.args.get("service_type");
    let service_id = call.args.get("service_id");
    let key = Key::new(service).map_err(|e| type_error(vm, e))?;
    let list = identities.map.borrow().get(&key).cloned();
    let Some(list) = list else {
        return Ok(Value::None);
    };
    for ident in vm.collect(&list)? {
        if service_id.is_none() {
            return Ok(ident);
        }
        let sid = vm.get_attr(&ident, "service_id")?;
        if ops::eq(vm, &sid, &service_id)? {
            return Ok(ident);
        }
    }
    Ok(Value::None)
}

/// `event.get_actor(name)` / `event.get_context(name)`; the receiver is the
/// event's `run`.
fn from_run(vm: &mut Vm, call: &Call<'_>, field: &str) -> Result<Value, Error> {
    let Some(run) = as_model(call.receiver, "Run") else {
        return Err(no_attribute(vm, call.receiver, field));
    };
    let table = run.field(field).unwrap_or(Value::None);
    let key = run_key(vm, &call.args.get("event_name"))?;
    if let Value::Dict(d) = &table
        && let Some(v) = d.map.borrow().get(&Key(Value::str(key)))
    {
        return Ok(v.clone());
    }
    Ok(Value::None)
}

pub fn get_actor(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    from_run(vm, call, "actors")
}

pub fn get_context(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    from_run(vm, call, "contexts")
}

/// `role.permission_levels()`: everyone has ALL_USERS, members and admins
/// MEMBER, admins ADMIN (added in that order). The receiver is the role's
/// value.
pub fn permission_levels(vm: &mut Vm, call: &Call<'_>) -> Result<Value, Error> {
    let role = str_value(call.receiver).unwrap_or("");
    let member = crate::enums::member;
    let mut levels = vec![member("PermissionLevel", "ALL_USERS", "all_users")];
    if role != "guest" {
        levels.push(member("PermissionLevel", "MEMBER", "member"));
    }
    if role == "admin" {
        levels.push(member("PermissionLevel", "ADMIN", "admin"));
    }
    let mut set = new_set_map();
    for level in levels {
        set.insert(Key::new(level).map_err(|e| type_error(vm, e))?);
    }
    Ok(Value::Set(std::rc::Rc::new(sym_vm::value::Set::new(set))))
}
