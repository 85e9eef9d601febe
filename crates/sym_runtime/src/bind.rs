//! Binding a call to the parameters of an SDK signature, as CPython binds a
//! call to a Python function. The signatures are the `sym_sdk` descriptor's
//! ([`crate::descriptor`], generated from it), so the names and parameters
//! the checker reports against are the ones a run binds through.
//!
//! A wrong call raises the TypeError CPython 3.11 raises for a function of
//! that signature, named as the reference runner names its implementation
//! (`slack_channel()`, `Event.get_actor()`): the runner's output is what a
//! run must reproduce byte for byte.

use std::rc::Rc;

use sym_vm::Value;

/// How a parameter may be passed (the descriptor's `ParamKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PositionalOnly,
    PositionalOrKeyword,
    /// `*args`
    VarPositional,
    KeywordOnly,
    /// `**kwargs`
    VarKeyword,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: Kind,
    /// The default as Python source, when there is one.
    pub default: Option<&'static str>,
}

/// A function, method or constructor of the descriptor: its dotted path
/// and the parameters a caller passes (`self`/`cls` left out).
#[derive(Debug, PartialEq, Eq)]
pub struct Signature {
    pub path: &'static str,
    pub params: &'static [Param],
}

impl Signature {
    /// The last part of the path.
    pub fn name(&self) -> &'static str {
        self.path.rsplit('.').next().unwrap_or(self.path)
    }

    /// The path without its last part (a module or a class).
    pub fn owner(&self) -> &'static str {
        self.path.rsplit_once('.').map_or("", |(owner, _)| owner)
    }
}

/// Which rules a call is bound by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// CPython's rules for a Python function. `method`: called on an
    /// instance, so `self` counts in "takes N positional arguments".
    Python { method: bool },
    /// An SDK model's constructor, as pydantic v1 (and the reference
    /// runner) builds one: keywords only, unknown keywords ignored, a
    /// missing required field is a validation error of that field.
    Model,
    /// A template step (`ApprovalTemplate.approve(**kw)`): keywords only,
    /// and the call's keywords are its payload, exactly as given.
    KeywordsAsGiven,
}

/// Why a call could not be bound.
#[derive(Debug, PartialEq, Eq)]
pub enum BindError {
    /// CPython's TypeError, with its message.
    Type(String),
    /// A model's required field was not given ([`Style::Model`]).
    FieldRequired(&'static str),
}

/// A call bound to a signature: a value (given or default) per named
/// parameter, and what `*args`/`**kwargs` collected.
pub struct Bound {
    params: &'static [Param],
    values: Vec<Option<Value>>,
    given: Vec<bool>,
    rest: Vec<Value>,
    extra: Vec<(Rc<str>, Value)>,
}

impl Bound {
    fn index(&self, name: &str) -> Option<usize> {
        self.params.iter().position(|p| p.name == name)
    }

    /// The parameter's value: as given, else its default (None when the
    /// signature has no such parameter).
    pub fn get(&self, name: &str) -> Value {
        self.index(name)
            .and_then(|i| self.values.get(i).cloned().flatten())
            .unwrap_or(Value::None)
    }

    /// The parameter's value when the call gave it.
    pub fn given(&self, name: &str) -> Option<Value> {
        let i = self.index(name)?;
        if *self.given.get(i)? {
            self.values.get(i).cloned().flatten()
        } else {
            None
        }
    }

    /// What `*args` collected.
    pub fn rest(&self) -> &[Value] {
        &self.rest
    }

    /// What `**kwargs` collected, in call order.
    pub fn extra(&self) -> &[(Rc<str>, Value)] {
        &self.extra
    }
}

/// A default as the descriptor writes it (the source of a Python literal).
/// `None` when the runtime cannot read it (a test keeps every default of
/// the generated signatures readable).
pub fn default_value(source: &str) -> Option<Value> {
    let text = source.trim();
    match text {
        "None" => return Some(Value::None),
        "True" => return Some(Value::bool(true)),
        "False" => return Some(Value::bool(false)),
        _ => {}
    }
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::Int(i));
    }
    let unquoted = text
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix('\''))
        .or_else(|| text.strip_prefix('"').and_then(|t| t.strip_suffix('"')))?;
    (!unquoted.contains('\\')).then(|| Value::str(unquoted))
}

/// Names as CPython lists them in "missing ... arguments: 'a', 'b', and 'c'".
fn names_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Binds `args` and `kwargs` to `signature` by `style`; `display` is the
/// name messages give the callable.
pub fn bind(
    signature: &'static Signature,
    style: Style,
    display: &str,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> Result<Bound, BindError> {
    let params = signature.params;
    let mut bound = Bound {
        params,
        values: vec![None; params.len()],
        given: vec![false; params.len()],
        rest: Vec::new(),
        extra: Vec::new(),
    };
    match style {
        Style::Python { method } => bind_python(&mut bound, method, display, args, kwargs)?,
        Style::Model => {
            if !args.is_empty() {
                return Err(BindError::Type(format!(
                    "{display}() takes keyword arguments only"
                )));
            }
            for (name, value) in kwargs {
                if let Some(i) = params
                    .iter()
                    .position(|p| p.name == &**name && is_named(p.kind))
                {
                    set(&mut bound, i, value);
                }
            }
            for (i, param) in params.iter().enumerate() {
                if !is_named(param.kind) || bound.given.get(i).copied().unwrap_or(false) {
                    continue;
                }
                match param.default.and_then(default_value) {
                    Some(value) => set_default(&mut bound, i, value),
                    None => return Err(BindError::FieldRequired(param.name)),
                }
            }
        }
        Style::KeywordsAsGiven => {
            if !args.is_empty() {
                return Err(BindError::Type(format!(
                    "{display}() takes keyword arguments only"
                )));
            }
            bound.extra = kwargs.to_vec();
        }
    }
    Ok(bound)
}

fn is_named(kind: Kind) -> bool {
    !matches!(kind, Kind::VarPositional | Kind::VarKeyword)
}

fn set(bound: &mut Bound, i: usize, value: &Value) {
    if let (Some(slot), Some(given)) = (bound.values.get_mut(i), bound.given.get_mut(i)) {
        *slot = Some(value.clone());
        *given = true;
    }
}

fn set_default(bound: &mut Bound, i: usize, value: Value) {
    if let Some(slot) = bound.values.get_mut(i) {
        *slot = Some(value);
    }
}

fn is_set(bound: &Bound, i: usize) -> bool {
    bound.given.get(i).copied().unwrap_or(false)
}

/// CPython 3.11's order: positionals fill slots, keywords are matched one
/// by one (an unknown or repeated one fails at once), then too many
/// positionals, then missing positionals, then missing keyword-only ones.
fn bind_python(
    bound: &mut Bound,
    method: bool,
    display: &str,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> Result<(), BindError> {
    let params = bound.params;
    let positional: Vec<usize> = (0..params.len())
        .filter(|&i| {
            params
                .get(i)
                .is_some_and(|p| matches!(p.kind, Kind::PositionalOnly | Kind::PositionalOrKeyword))
        })
        .collect();
    let keyword_only: Vec<usize> = (0..params.len())
        .filter(|&i| params.get(i).is_some_and(|p| p.kind == Kind::KeywordOnly))
        .collect();
    let var_positional = params.iter().any(|p| p.kind == Kind::VarPositional);
    let var_keyword = params.iter().any(|p| p.kind == Kind::VarKeyword);

    for (j, value) in args.iter().enumerate() {
        match positional.get(j) {
            Some(&i) => set(bound, i, value),
            None if var_positional => bound.rest.push(value.clone()),
            None => {}
        }
    }
    for (name, value) in kwargs {
        let slot = params.iter().position(|p| {
            p.name == &**name && matches!(p.kind, Kind::PositionalOrKeyword | Kind::KeywordOnly)
        });
        match slot {
            Some(i) if is_set(bound, i) => {
                return Err(BindError::Type(format!(
                    "{display}() got multiple values for argument '{name}'"
                )));
            }
            Some(i) => set(bound, i, value),
            None if var_keyword => bound.extra.push((name.clone(), value.clone())),
            None => {
                let positional_only: Vec<&str> = kwargs
                    .iter()
                    .filter(|(k, _)| {
                        params
                            .iter()
                            .any(|p| p.kind == Kind::PositionalOnly && p.name == &**k)
                    })
                    .map(|(k, _)| &**k)
                    .collect();
                if !positional_only.is_empty() {
                    return Err(BindError::Type(format!(
                        "{display}() got some positional-only arguments passed as keyword arguments: '{}'",
                        positional_only.join(", ")
                    )));
                }
                return Err(BindError::Type(format!(
                    "{display}() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }

    let offset = usize::from(method);
    if args.len() > positional.len() && !var_positional {
        let argcount = positional.len() + offset;
        let given = args.len() + offset;
        let with_default = positional
            .iter()
            .filter(|&&i| params.get(i).is_some_and(|p| p.default.is_some()))
            .count();
        let (takes, takes_plural) = if with_default > 0 {
            (
                format!("from {} to {argcount}", argcount - with_default),
                "s",
            )
        } else {
            (argcount.to_string(), plural(argcount))
        };
        let keyword_only_given = keyword_only.iter().filter(|&&i| is_set(bound, i)).count();
        let keyword_note = if keyword_only_given > 0 {
            format!(
                " positional argument{} (and {keyword_only_given} keyword-only argument{})",
                plural(given),
                plural(keyword_only_given)
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && keyword_only_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(BindError::Type(format!(
            "{display}() takes {takes} positional argument{takes_plural} but {given}{keyword_note} {verb} given"
        )));
    }

    let missing: Vec<&str> = missing_of(bound, &positional);
    if !missing.is_empty() {
        return Err(BindError::Type(format!(
            "{display}() missing {} required positional argument{}: {}",
            missing.len(),
            plural(missing.len()),
            names_list(&missing)
        )));
    }
    let missing: Vec<&str> = missing_of(bound, &keyword_only);
    if !missing.is_empty() {
        return Err(BindError::Type(format!(
            "{display}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            plural(missing.len()),
            names_list(&missing)
        )));
    }
    for i in positional.into_iter().chain(keyword_only) {
        if !is_set(bound, i)
            && let Some(value) = params
                .get(i)
                .and_then(|p| p.default)
                .and_then(default_value)
        {
            set_default(bound, i, value);
        }
    }
    Ok(())
}

/// The parameters among `indices` that were not given and have no default.
fn missing_of(bound: &Bound, indices: &[usize]) -> Vec<&'static str> {
    let params = bound.params;
    indices
        .iter()
        .filter(|&&i| !is_set(bound, i))
        .filter_map(|&i| params.get(i))
        .filter(|p| p.default.is_none())
        .map(|p| p.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn param(name: &'static str, kind: Kind, default: Option<&'static str>) -> Param {
        Param {
            name,
            kind,
            default,
        }
    }

    static CHANNEL: Signature = Signature {
        path: "m.channel",
        params: &[
            param("name", Kind::PositionalOrKeyword, None),
            param("allow_self", Kind::PositionalOrKeyword, Some("False")),
            param("timeout", Kind::PositionalOrKeyword, Some("None")),
        ],
    };
    static IN_GROUP: Signature = Signature {
        path: "m.is_user_in_group",
        params: &[
            param("user", Kind::PositionalOrKeyword, None),
            param("group_id", Kind::KeywordOnly, None),
        ],
    };
    static THREE: Signature = Signature {
        path: "m.three",
        params: &[
            param("a", Kind::PositionalOrKeyword, None),
            param("b", Kind::PositionalOrKeyword, None),
            param("c", Kind::PositionalOrKeyword, None),
            param("x", Kind::KeywordOnly, None),
            param("y", Kind::KeywordOnly, None),
        ],
    };
    static FALLBACK: Signature = Signature {
        path: "m.fallback",
        params: &[
            param("destinations", Kind::VarPositional, None),
            param("continue_on_timeout", Kind::KeywordOnly, Some("False")),
            param("options", Kind::VarKeyword, None),
        ],
    };
    static POSITIONAL_ONLY: Signature = Signature {
        path: "m.f",
        params: &[param("a", Kind::PositionalOnly, None)],
    };
    static MODEL: Signature = Signature {
        path: "m.Option.__init__",
        params: &[
            param("value", Kind::KeywordOnly, None),
            param("label", Kind::KeywordOnly, None),
            param("hidden", Kind::KeywordOnly, Some("True")),
        ],
    };

    fn kw(pairs: &[(&str, Value)]) -> Vec<(Rc<str>, Value)> {
        pairs
            .iter()
            .map(|(k, v)| (Rc::from(*k), v.clone()))
            .collect()
    }

    fn error(
        signature: &'static Signature,
        style: Style,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> String {
        match bind(signature, style, signature.name(), args, &kw(kwargs)) {
            Err(BindError::Type(message)) => message,
            Err(BindError::FieldRequired(field)) => format!("required {field}"),
            Ok(_) => "bound".to_string(),
        }
    }

    fn ints(n: usize) -> Vec<Value> {
        vec![Value::Int(1); n]
    }

    const PY: Style = Style::Python { method: false };

    #[test]
    fn cpython_messages_for_wrong_calls() {
        let one = Value::Int(1);
        assert_eq!(
            error(&CHANNEL, PY, &[], &[("foo", one.clone())]),
            "channel() got an unexpected keyword argument 'foo'"
        );
        assert_eq!(
            error(&CHANNEL, PY, &ints(4), &[]),
            "channel() takes from 1 to 3 positional arguments but 4 were given"
        );
        assert_eq!(
            error(&CHANNEL, PY, &[], &[]),
            "channel() missing 1 required positional argument: 'name'"
        );
        assert_eq!(
            error(&CHANNEL, PY, &ints(1), &[("name", one.clone())]),
            "channel() got multiple values for argument 'name'"
        );
        assert_eq!(
            error(&IN_GROUP, PY, &ints(2), &[]),
            "is_user_in_group() takes 1 positional argument but 2 were given"
        );
        assert_eq!(
            error(&IN_GROUP, PY, &ints(2), &[("group_id", one.clone())]),
            "is_user_in_group() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given"
        );
        assert_eq!(
            error(&IN_GROUP, PY, &ints(1), &[]),
            "is_user_in_group() missing 1 required keyword-only argument: 'group_id'"
        );
        assert_eq!(
            error(&THREE, PY, &[], &[]),
            "three() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
        assert_eq!(
            error(&THREE, PY, &ints(3), &[]),
            "three() missing 2 required keyword-only arguments: 'x' and 'y'"
        );
        assert_eq!(
            error(&POSITIONAL_ONLY, PY, &[], &[("a", one.clone())]),
            "f() got some positional-only arguments passed as keyword arguments: 'a'"
        );
    }

    #[test]
    fn a_method_counts_self() {
        let method = Style::Python { method: true };
        assert_eq!(
            error(&CHANNEL, method, &ints(4), &[]),
            "channel() takes from 2 to 4 positional arguments but 5 were given"
        );
        assert_eq!(
            error(&IN_GROUP, method, &ints(2), &[]),
            "is_user_in_group() takes 2 positional arguments but 3 were given"
        );
    }

    #[test]
    fn keywords_are_checked_before_the_count_of_positionals() {
        let one = Value::Int(1);
        assert_eq!(
            error(&CHANNEL, PY, &ints(4), &[("x", one.clone())]),
            "channel() got an unexpected keyword argument 'x'"
        );
    }

    #[test]
    fn defaults_are_filled_and_given_values_are_told_apart() {
        let Ok(bound) = bind(&CHANNEL, PY, "channel", &[Value::str("#a")], &[]) else {
            panic!("binds")
        };
        assert!(matches!(bound.get("allow_self"), Value::Bool(_)));
        assert!(!bound.get("allow_self").truthy());
        assert!(bound.given("allow_self").is_none());
        assert!(bound.given("name").is_some());
        let Ok(bound) = bind(
            &FALLBACK,
            PY,
            "fallback",
            &[Value::Int(1), Value::Int(2)],
            &kw(&[("other", Value::Int(3))]),
        ) else {
            panic!("binds")
        };
        assert_eq!(bound.rest().len(), 2);
        assert_eq!(bound.extra().len(), 1);
    }

    #[test]
    fn models_take_keywords_only_and_ignore_unknown_ones() {
        let one = Value::Int(1);
        let model = Style::Model;
        assert_eq!(
            error(&MODEL, model, &ints(1), &[]),
            "__init__() takes keyword arguments only"
        );
        assert_eq!(
            error(
                &MODEL,
                model,
                &[],
                &[("label", one.clone()), ("nope", one.clone())]
            ),
            "required value"
        );
        assert_eq!(
            error(
                &MODEL,
                model,
                &[],
                &[("label", one.clone()), ("value", one.clone())]
            ),
            "bound"
        );
    }

    #[test]
    fn template_steps_keep_their_keywords_as_given() {
        let Ok(bound) = bind(
            &MODEL,
            Style::KeywordsAsGiven,
            "approve",
            &[],
            &kw(&[("reason", Value::str("x"))]),
        ) else {
            panic!("binds")
        };
        assert_eq!(bound.extra().len(), 1);
        assert!(bound.given("hidden").is_none());
    }

    #[test]
    fn defaults_read_as_python_literals() {
        assert!(matches!(default_value("None"), Some(Value::None)));
        assert!(default_value("True").is_some_and(|v| v.truthy()));
        assert!(matches!(default_value("300"), Some(Value::Int(300))));
        assert!(matches!(default_value("'flow'"), Some(Value::Str(s)) if &*s.s == "flow"));
        assert!(default_value("object()").is_none());
    }

    #[test]
    fn missing_names_are_listed_as_cpython_lists_them() {
        assert_eq!(names_list(&["a"]), "'a'");
        assert_eq!(names_list(&["a", "b"]), "'a' and 'b'");
        assert_eq!(names_list(&["a", "b", "c"]), "'a', 'b', and 'c'");
    }
}
