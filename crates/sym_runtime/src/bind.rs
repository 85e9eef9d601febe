//! Binding a call of an SDK integration function to the parameters the
//! `sym_sdk` descriptor declares for it. The descriptor is the one list of
//! names and parameters: the checker reads it to report a wrong call before
//! deploy, and the runtime binds through it here, so the two cannot
//! disagree. A wrong call raises the TypeError CPython raises for a Python
//! function of that signature, named as the reference runner names its
//! implementation (`slack_channel()`, `pd_is_on_call()`, ...).

use std::rc::Rc;

use sym_sdk::{Function, ParamKind, Parameter};
use sym_vm::{Error, Value, Vm};

/// The name the reference runner's implementation of `module.function`
/// has (it appears in TypeError messages).
pub fn display_name(module: &str, function: &str) -> String {
    let prefix = match module {
        "pagerduty" => "pd",
        "aws_lambda" => "lambda",
        other => other,
    };
    format!("{prefix}_{function}")
}

/// A call bound to the descriptor's parameters, rewritten in a normal form:
/// every positional-or-keyword parameter positionally (defaults filled in),
/// then the extra positional arguments of `*args`, and keyword-only
/// parameters (defaults filled in) as keywords.
pub struct BoundCall {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Rc<str>, Value)>,
}

/// A default as the descriptor writes it (Python source of a literal).
fn default_value(source: &str) -> Value {
    match source.trim() {
        "None" => Value::None,
        "True" => Value::Bool(1),
        "False" => Value::Bool(0),
        text => {
            if let Ok(i) = text.parse::<i64>() {
                return Value::Int(i);
            }
            if let Ok(f) = text.parse::<f64>() {
                return Value::float(f);
            }
            let unquoted = text
                .strip_prefix('\'')
                .and_then(|t| t.strip_suffix('\''))
                .or_else(|| text.strip_prefix('"').and_then(|t| t.strip_suffix('"')));
            match unquoted {
                Some(s) => Value::str(s),
                None => Value::None,
            }
        }
    }
}

fn names_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn type_error(vm: &Vm, message: String) -> Error {
    vm.new_exception("TypeError", message)
}

/// Binds `args` and `kwargs` to `function`'s parameters as CPython binds a
/// call, raising its TypeErrors (named `display`).
pub fn bind(
    vm: &Vm,
    function: &Function,
    display: &str,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> Result<BoundCall, Error> {
    let positional: Vec<&Parameter> = function.positional_params();
    let keyword_only: Vec<&Parameter> = function.keyword_only_params();
    let var_positional = function.has_var_positional();
    let var_keyword = function.has_var_keyword();

    let mut slots: Vec<Option<Value>> = positional
        .iter()
        .enumerate()
        .map(|(i, _)| args.get(i).cloned())
        .collect();
    let extra: Vec<Value> = args.iter().skip(positional.len()).cloned().collect();
    let mut keyword_slots: Vec<Option<Value>> = vec![None; keyword_only.len()];
    let mut extra_kwargs: Vec<(Rc<str>, Value)> = Vec::new();
    for (name, value) in kwargs {
        if let Some(i) = positional.iter().position(|p| p.name == **name) {
            let is_positional_only = positional
                .get(i)
                .is_some_and(|p| p.kind == ParamKind::PositionalOnly);
            if !is_positional_only {
                match slots.get_mut(i) {
                    Some(slot @ None) => *slot = Some(value.clone()),
                    _ => {
                        return Err(type_error(
                            vm,
                            format!("{display}() got multiple values for argument '{name}'"),
                        ));
                    }
                }
                continue;
            }
        }
        if let Some(i) = keyword_only.iter().position(|p| p.name == **name) {
            if let Some(slot) = keyword_slots.get_mut(i) {
                *slot = Some(value.clone());
            }
            continue;
        }
        if var_keyword {
            extra_kwargs.push((name.clone(), value.clone()));
            continue;
        }
        return Err(type_error(
            vm,
            format!("{display}() got an unexpected keyword argument '{name}'"),
        ));
    }

    // CPython checks the keywords first, then the count of positionals.
    if args.len() > positional.len() && !var_positional {
        let with_default = positional.iter().filter(|p| p.default.is_some()).count();
        let (takes, plural) = if with_default > 0 {
            (
                format!(
                    "from {} to {}",
                    positional.len() - with_default,
                    positional.len()
                ),
                "s",
            )
        } else {
            (
                positional.len().to_string(),
                if positional.len() == 1 { "" } else { "s" },
            )
        };
        let given = args.len();
        let keyword_only_given = kwargs
            .iter()
            .filter(|(k, _)| keyword_only.iter().any(|p| p.name == **k))
            .count();
        let keyword_note = if keyword_only_given > 0 {
            format!(
                " positional argument{} (and {keyword_only_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if keyword_only_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && keyword_only_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(type_error(
            vm,
            format!(
                "{display}() takes {takes} positional argument{plural} but {given}{keyword_note} {verb} given"
            ),
        ));
    }

    let missing: Vec<&str> = positional
        .iter()
        .zip(&slots)
        .filter(|(p, slot)| slot.is_none() && p.default.is_none())
        .map(|(p, _)| p.name.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(type_error(
            vm,
            format!(
                "{display}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                names_list(&missing)
            ),
        ));
    }
    let missing_keyword: Vec<&str> = keyword_only
        .iter()
        .zip(&keyword_slots)
        .filter(|(p, slot)| slot.is_none() && p.default.is_none())
        .map(|(p, _)| p.name.as_str())
        .collect();
    if !missing_keyword.is_empty() {
        return Err(type_error(
            vm,
            format!(
                "{display}() missing {} required keyword-only argument{}: {}",
                missing_keyword.len(),
                if missing_keyword.len() == 1 { "" } else { "s" },
                names_list(&missing_keyword)
            ),
        ));
    }

    let mut bound_args: Vec<Value> = positional
        .iter()
        .zip(slots)
        .map(|(p, slot)| {
            slot.unwrap_or_else(|| default_value(p.default.as_deref().unwrap_or("None")))
        })
        .collect();
    bound_args.extend(extra);
    let mut bound_kwargs: Vec<(Rc<str>, Value)> = keyword_only
        .iter()
        .zip(keyword_slots)
        .map(|(p, slot)| {
            let value =
                slot.unwrap_or_else(|| default_value(p.default.as_deref().unwrap_or("None")));
            (Rc::from(p.name.as_str()), value)
        })
        .collect();
    bound_kwargs.extend(extra_kwargs);
    Ok(BoundCall {
        args: bound_args,
        kwargs: bound_kwargs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_read_as_python_literals() {
        assert!(matches!(default_value("None"), Value::None));
        assert!(matches!(default_value("True"), Value::Bool(1)));
        assert!(matches!(default_value("300"), Value::Int(300)));
        assert!(matches!(default_value("'flow'"), Value::Str(s) if &*s.s == "flow"));
    }

    #[test]
    fn missing_names_are_listed_as_cpython_lists_them() {
        assert_eq!(names_list(&["a"]), "'a'");
        assert_eq!(names_list(&["a", "b"]), "'a' and 'b'");
        assert_eq!(names_list(&["a", "b", "c"]), "'a', 'b' and 'c'");
    }
}
