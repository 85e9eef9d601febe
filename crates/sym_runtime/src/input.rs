//! The run contract's inputs: the event and the world, read strictly.
//!
//! Unknown keys are refused everywhere the oracle refuses them, so that a
//! typo in a test's JSON cannot make it pass. Every problem is a
//! [`StartError`]: `symc run` prints it and exits 2.

use std::fmt;

use serde_json::{Map, Value};

use crate::isotime::{self, DateTime};

/// The event names a handler can be called with.
pub const EVENT_NAMES: &[&str] = &[
    "prompt",
    "request",
    "request_forward",
    "request_expire",
    "approve",
    "deny",
    "escalate",
    "deescalate",
    "ignore",
];

/// The clock when the world does not set `now`.
pub const DEFAULT_NOW: &str = "2026-01-01T00:00:00Z";

/// Why a run could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartError(pub String);

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

fn fail<T>(message: String) -> Result<T, StartError> {
    Err(StartError(message))
}

fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Map<String, Value>, StartError> {
    value
        .as_object()
        .ok_or_else(|| StartError(format!("{what}: expected an object")))
}

fn array<'a>(value: &'a Value, what: &str) -> Result<&'a Vec<Value>, StartError> {
    value
        .as_array()
        .ok_or_else(|| StartError(format!("{what}: expected an array")))
}

fn string<'a>(value: Option<&'a Value>, what: &str) -> Result<&'a str, StartError> {
    value
        .and_then(Value::as_str)
        .ok_or_else(|| StartError(format!("{what}: expected a string")))
}

fn only(map: &Map<String, Value>, allowed: &[&str], what: &str) -> Result<(), StartError> {
    let mut extra: Vec<&str> = map
        .keys()
        .map(String::as_str)
        .filter(|key| !allowed.contains(key))
        .collect();
    if extra.is_empty() {
        return Ok(());
    }
    extra.sort_unstable();
    fail(format!("{what}: unknown key(s) {}", extra.join(", ")))
}

/// A user's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    Member,
    Guest,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Guest => "guest",
        }
    }
}

/// One identity of a user in an external service.
#[derive(Clone, Debug, PartialEq)]
pub struct Identity {
    pub service: String,
    pub service_id: Value,
    pub user_id: Value,
}

/// A Sym user, as the event or the world describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct UserSpec {
    /// The given `id` as is, or a UUID derived from the email.
    pub id: Value,
    pub email: String,
    pub username: Value,
    pub first_name: Value,
    pub last_name: Value,
    pub role: Role,
    pub identities: Vec<Identity>,
}

const USER_KEYS: &[&str] = &[
    "id",
    "email",
    "username",
    "first_name",
    "last_name",
    "role",
    "identities",
];

impl UserSpec {
    /// A user object (`{"email": ..., ...}`).
    pub fn from_json(value: &Value, what: &str) -> Result<Self, StartError> {
        let map = object(value, what)?;
        only(map, USER_KEYS, what)?;
        let email = string(map.get("email"), &format!("{what}.email"))?.to_string();
        let role = match map.get("role").map(|role| role.as_str()) {
            None => Role::Member,
            Some(Some("admin")) => Role::Admin,
            Some(Some("member")) => Role::Member,
            Some(Some("guest")) => Role::Guest,
            Some(_) => return fail(format!("{what}.role: must be admin, member or guest")),
        };
        let mut identities = Vec::new();
        let no_identities = Value::Object(Map::new());
        let services = object(
            map.get("identities").unwrap_or(&no_identities),
            &format!("{what}.identities"),
        )?;
        for (service, entries) in services {
            for entry in array(entries, &format!("{what}.identities.{service}"))? {
                let entry = object(entry, &format!("{what}.identities"))?;
                identities.push(Identity {
                    service: service.clone(),
                    service_id: entry.get("service_id").cloned().unwrap_or(Value::Null),
                    user_id: entry.get("user_id").cloned().unwrap_or(Value::Null),
                });
            }
        }
        let id = match map.get("id") {
            Some(id) => id.clone(),
            None => Value::String(derived_user_id(&email)),
        };
        let username = match map.get("username") {
            Some(username) => username.clone(),
            None => Value::String(email.split('@').next().unwrap_or("").to_string()),
        };
        Ok(Self {
            id,
            email,
            username,
            first_name: map.get("first_name").cloned().unwrap_or(Value::Null),
            last_name: map.get("last_name").cloned().unwrap_or(Value::Null),
            role,
            identities,
        })
    }

    /// A user known only by email.
    pub fn from_email(email: &str) -> Self {
        Self {
            id: Value::String(derived_user_id(email)),
            email: email.to_string(),
            username: Value::String(email.split('@').next().unwrap_or("").to_string()),
            first_name: Value::Null,
            last_name: Value::Null,
            role: Role::Member,
            identities: Vec::new(),
        }
    }
}

/// uuid5(NAMESPACE_URL, "mailto:" + email), as the contract derives ids.
pub fn derived_user_id(email: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("mailto:{email}").as_bytes(),
    )
    .to_string()
}

/// One canned HTTP answer.
#[derive(Clone, Debug, PartialEq)]
pub struct HttpEntry {
    /// Upper-case method; `GET` when absent.
    pub method: String,
    pub url: String,
    pub status: Value,
    pub json: Option<Value>,
    pub text: Option<Value>,
    pub headers: Option<Value>,
}

/// The world: what integrations answer, and the clock.
#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub now: DateTime,
    pub users: Vec<UserSpec>,
    /// The raw sections (`okta`, `pagerduty`, `slack`, `aws_lambda`,
    /// `step_output`); a section's absence makes its calls `UnmockedCall`.
    pub sections: Map<String, Value>,
    /// `None` when the world has no `http` section.
    pub http: Option<Vec<HttpEntry>>,
}

const WORLD_KEYS: &[&str] = &[
    "now",
    "users",
    "okta",
    "pagerduty",
    "slack",
    "aws_lambda",
    "http",
    "step_output",
];

/// Reads an ISO 8601 datetime as the contract's clock values.
pub fn world_datetime(value: &Value, what: &str) -> Result<DateTime, StartError> {
    let text = value
        .as_str()
        .ok_or_else(|| StartError(format!("{what}: expected an ISO 8601 string")))?;
    isotime::parse(text)
        .ok_or_else(|| StartError(format!("{what}: not an ISO 8601 datetime: {text:?}")))
}

impl World {
    /// The empty world (no sections, the default clock).
    pub fn empty() -> Self {
        Self::from_json(&Value::Object(Map::new())).unwrap_or_else(|_| Self {
            now: DateTime {
                year: 2026,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0,
                second: 0,
                microsecond: 0,
                offset_us: Some(0),
            },
            users: Vec::new(),
            sections: Map::new(),
            http: None,
        })
    }

    pub fn from_json(value: &Value) -> Result<Self, StartError> {
        let map = object(value, "world")?;
        only(map, WORLD_KEYS, "world")?;
        for (name, keys) in [
            ("okta", &["groups", "user_info"][..]),
            ("pagerduty", &["on_call"][..]),
            ("slack", &["channels"][..]),
        ] {
            if let Some(section) = map.get(name) {
                let what = format!("world.{name}");
                let section = object(section, &what)?;
                only(section, keys, &what)?;
                for key in keys {
                    if let Some(table) = section.get(*key) {
                        object(table, &format!("world.{name}.{key}"))?;
                    }
                }
            }
        }
        for name in ["aws_lambda", "step_output"] {
            if let Some(section) = map.get(name) {
                object(section, &format!("world.{name}"))?;
            }
        }
        let http = match map.get("http") {
            None => None,
            Some(entries) => {
                let mut parsed = Vec::new();
                for (index, entry) in array(entries, "world.http")?.iter().enumerate() {
                    let what = format!("world.http[{index}]");
                    let entry = object(entry, &what)?;
                    only(
                        entry,
                        &["method", "url", "status", "json", "text", "headers"],
                        &what,
                    )?;
                    let url = string(entry.get("url"), &format!("{what}.url"))?.to_string();
                    let method = entry
                        .get("method")
                        .and_then(Value::as_str)
                        .unwrap_or("GET")
                        .to_uppercase();
                    parsed.push(HttpEntry {
                        method,
                        url,
                        status: entry.get("status").cloned().unwrap_or(Value::from(200)),
                        json: entry.get("json").cloned(),
                        text: entry.get("text").cloned(),
                        headers: entry.get("headers").cloned(),
                    });
                }
                Some(parsed)
            }
        };
        let now = world_datetime(
            map.get("now")
                .unwrap_or(&Value::String(DEFAULT_NOW.to_string())),
            "world.now",
        )?;
        let mut users = Vec::new();
        if let Some(list) = map.get("users") {
            for (index, user) in array(list, "world.users")?.iter().enumerate() {
                users.push(UserSpec::from_json(user, &format!("world.users[{index}]"))?);
            }
        }
        let mut sections = Map::new();
        for name in ["okta", "pagerduty", "slack", "aws_lambda", "step_output"] {
            if let Some(section) = map.get(name) {
                sections.insert(name.to_string(), section.clone());
            }
        }
        Ok(Self {
            now,
            users,
            sections,
            http,
        })
    }

    /// The world's user with this email, or one made from the email alone.
    pub fn resolve_user(&self, email: &str) -> UserSpec {
        // The last definition of an email wins, as a dict keyed by email does.
        self.users
            .iter()
            .rev()
            .find(|user| user.email == email)
            .cloned()
            .unwrap_or_else(|| UserSpec::from_email(email))
    }
}

/// A flow target.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetSpec {
    pub name: String,
    pub label: Value,
    pub target_type: Value,
    pub settings: Value,
}

/// A field value: JSON as given, or a target resolved by name.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue {
    Json(Value),
    Target(TargetSpec),
}

/// The event a handler is called with.
#[derive(Clone, Debug, PartialEq)]
pub struct EventSpec {
    pub name: String,
    pub user: UserSpec,
    pub fields: Vec<(String, FieldValue)>,
    pub flow_name: Value,
    pub flow_vars: Map<String, Value>,
    pub targets: Vec<TargetSpec>,
    pub source_channel_identifier: Value,
    pub source_channel_type: Value,
    pub actors: Vec<(String, UserSpec)>,
    pub contexts: Map<String, Value>,
    pub timestamp: DateTime,
}

fn event_user(value: &Value, world: &World, what: &str) -> Result<UserSpec, StartError> {
    match value.as_str() {
        Some(email) => Ok(world.resolve_user(email)),
        None => UserSpec::from_json(value, what),
    }
}

impl EventSpec {
    pub fn from_json(value: &Value, world: &World) -> Result<Self, StartError> {
        let map = object(value, "event")?;
        only(
            map,
            &["name", "user", "fields", "flow", "run", "timestamp"],
            "event",
        )?;
        let name = match map.get("name").and_then(Value::as_str) {
            Some(name) if EVENT_NAMES.contains(&name) => name.to_string(),
            _ => {
                return fail(format!(
                    "event.name: must be one of {}",
                    EVENT_NAMES.join(" ")
                ));
            }
        };
        let Some(user) = map.get("user") else {
            return fail("event.user: required".to_string());
        };
        let user = event_user(user, world, "event.user")?;
        let empty = Value::Object(Map::new());
        let flow = object(map.get("flow").unwrap_or(&empty), "event.flow")?;
        only(flow, &["name", "vars", "targets"], "event.flow")?;
        let mut targets: Vec<TargetSpec> = Vec::new();
        let no_targets = Value::Array(Vec::new());
        for (index, target) in array(
            flow.get("targets").unwrap_or(&no_targets),
            "event.flow.targets",
        )?
        .iter()
        .enumerate()
        {
            let what = format!("event.flow.targets[{index}]");
            let target = object(target, &what)?;
            only(target, &["name", "label", "type", "settings"], &what)?;
            let name = string(target.get("name"), &format!("{what}.name"))?.to_string();
            let spec = TargetSpec {
                name,
                label: target.get("label").cloned().unwrap_or(Value::Null),
                target_type: target.get("type").cloned().unwrap_or(Value::Null),
                settings: target.get("settings").cloned().unwrap_or(empty.clone()),
            };
            // A later target with the same name replaces the earlier one.
            targets.retain(|existing| existing.name != spec.name);
            targets.push(spec);
        }
        let mut fields = Vec::new();
        for (key, value) in object(map.get("fields").unwrap_or(&empty), "event.fields")? {
            let value = match (key.as_str(), value.as_str()) {
                ("target", Some(target_name)) => {
                    match targets.iter().find(|target| target.name == target_name) {
                        Some(target) => FieldValue::Target(target.clone()),
                        None => {
                            return fail(format!(
                                "event.fields.target: {} names none of event.flow.targets",
                                py_str_repr(target_name)
                            ));
                        }
                    }
                }
                _ => FieldValue::Json(value.clone()),
            };
            fields.push((key.clone(), value));
        }
        let run = object(map.get("run").unwrap_or(&empty), "event.run")?;
        only(run, &["source_channel", "actors", "contexts"], "event.run")?;
        let channel = object(
            run.get("source_channel").unwrap_or(&empty),
            "event.run.source_channel",
        )?;
        only(channel, &["type", "identifier"], "event.run.source_channel")?;
        let mut actors = Vec::new();
        for (key, value) in object(run.get("actors").unwrap_or(&empty), "event.run.actors")? {
            actors.push((
                key.clone(),
                event_user(value, world, &format!("event.run.actors.{key}"))?,
            ));
        }
        let contexts = object(run.get("contexts").unwrap_or(&empty), "event.run.contexts")?.clone();
        let timestamp = match map.get("timestamp") {
            Some(stamp) => world_datetime(stamp, "event.timestamp")?,
            None => world.now,
        };
        let flow_vars = object(flow.get("vars").unwrap_or(&empty), "event.flow.vars")?.clone();
        Ok(Self {
            name,
            user,
            fields,
            flow_name: flow.get("name").cloned().unwrap_or(Value::Null),
            flow_vars,
            targets,
            source_channel_identifier: channel.get("identifier").cloned().unwrap_or(Value::Null),
            source_channel_type: channel.get("type").cloned().unwrap_or(Value::Null),
            actors,
            contexts,
            timestamp,
        })
    }
}

/// `repr()` of a str as CPython prints it (quote choice and escapes).
pub fn py_str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ch if ch == quote => {
                out.push('\\');
                out.push(ch);
            }
            ch if (ch as u32) < 0x20 || ch as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", ch as u32))
            }
            ch if is_unprintable(ch) => {
                let code = ch as u32;
                if code <= 0xff {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code <= 0xffff {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
            ch => out.push(ch),
        }
    }
    out.push(quote);
    out
}

/// A rough stand-in for CPython's `str.isprintable()` on non-ASCII: C1
/// controls, separators other than space, and format characters.
fn is_unprintable(ch: char) -> bool {
    matches!(ch as u32,
        0x80..=0xa0 | 0xad | 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e
        | 0x2060..=0x2064 | 0xfeff | 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or(Value::Null)
    }

    #[test]
    fn unknown_keys_are_refused_with_their_path() {
        let world = World::empty();
        let error = EventSpec::from_json(
            &json(r#"{"name": "request", "user": "a@x.io", "feilds": {}}"#),
            &world,
        );
        assert_eq!(
            error,
            Err(StartError("event: unknown key(s) feilds".into()))
        );
        let error = World::from_json(&json(r#"{"okta": {"group": {}}}"#));
        assert_eq!(
            error,
            Err(StartError("world.okta: unknown key(s) group".into()))
        );
    }

    #[test]
    fn users_get_derived_ids_and_usernames() {
        let user = UserSpec::from_email("alice@example.com");
        assert_eq!(user.username, Value::String("alice".into()));
        // uuid5(NAMESPACE_URL, "mailto:alice@example.com") as CPython computes it.
        assert_eq!(
            user.id,
            Value::String("6613a3fd-c2c4-5bc2-a6de-3dc0b2527dd6".into())
        );
    }

    #[test]
    fn a_target_field_must_name_a_flow_target() {
        let world = World::empty();
        let error = EventSpec::from_json(
            &json(r#"{"name": "request", "user": "a@x.io", "fields": {"target": "prod"}}"#),
            &world,
        );
        assert_eq!(
            error,
            Err(StartError(
                "event.fields.target: 'prod' names none of event.flow.targets".into()
            ))
        );
    }
}
