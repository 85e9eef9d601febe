//! The builtins of the restricted profile and the methods of builtin types.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::interp::{Error, Vm, exception_instance, make_class};
use crate::ops::{self, as_f64, as_i64};
use crate::pyset;
use crate::value::*;

type Kw = [(Rc<str>, Value)];

fn builtin(
    name: &str,
    tag: Option<TypeTag>,
    f: impl Fn(&mut Vm, &[Value], &Kw) -> Result<Value, Error> + 'static,
) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Rc::from(name),
        func: Box::new(f),
        type_tag: tag,
    }))
}

fn no_kwargs(vm: &Vm, name: &str, kw: &Kw) -> Result<(), Error> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn exactly(vm: &Vm, name: &str, args: &[Value], n: usize) -> Result<(), Error> {
    if args.len() == n {
        return Ok(());
    }
    if n == 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Err(vm.type_error(format!("{name} expected {n} arguments, got {}", args.len())))
}

const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Installs RestrictedPython's `safe_builtins` + `limited_builtins` (and
/// `print`), and nothing else.
pub fn install(vm: &mut Vm) {
    for (name, base) in EXCEPTIONS {
        let bases = match vm.exc_classes.get(base) {
            Some(b) => vec![b.clone()],
            None => vec![],
        };
        let class = make_class(name, bases, true, false);
        vm.exc_classes.insert(name, class.clone());
        if *name != "ModuleNotFoundError" && *name != "RecursionError" {
            vm.set_builtin(name, Value::Class(class));
        }
    }
    for alias in ["EnvironmentError", "IOError"] {
        if let Some(c) = vm.exc_classes.get("OSError").cloned() {
            vm.set_builtin(alias, Value::Class(c));
        }
    }
    vm.set_builtin("None", Value::None);
    vm.set_builtin("True", Value::Bool(1));
    vm.set_builtin("False", Value::Bool(0));
    vm.set_builtin("Ellipsis", Value::Ellipsis);

    let defs: Vec<(&str, Value)> = vec![
        (
            "abs",
            builtin("abs", None, |vm, a, kw| {
                no_kwargs(vm, "abs", kw)?;
                exactly(vm, "abs", a, 1)?;
                match &a[0] {
                    Value::Int(i) => Ok(match i.checked_abs() {
                        Some(r) => Value::Int(r),
                        None => Value::from_bigint(BigInt::from(*i).magnitude().clone().into()),
                    }),
                    Value::Bool(b) => Ok(Value::Int(*b as i64)),
                    Value::Float(f) => Ok(Value::float(f.abs())),
                    Value::BigInt(b) => Ok(Value::from_bigint(BigInt::from(b.magnitude().clone()))),
                    Value::Host(h) if h.clone().unary(vm, "abs").is_some() => {
                        h.clone().unary(vm, "abs").unwrap_or(Ok(Value::None))
                    }
                    other => Err(vm.type_error(format!(
                        "bad operand type for abs(): '{}'",
                        type_name(other)
                    ))),
                }
            }),
        ),
        (
            "bool",
            builtin("bool", Some(TypeTag::Bool), |vm, a, _| {
                Ok(Value::bool(match a.first() {
                    Some(v) => vm.truthy(v)?,
                    None => false,
                }))
            }),
        ),
        (
            "callable",
            builtin("callable", None, |vm, a, _| {
                exactly(vm, "callable", a, 1)?;
                Ok(Value::bool(matches!(
                    &a[0],
                    Value::Function(_)
                        | Value::Builtin(_)
                        | Value::BoundMethod(_)
                        | Value::Class(_)
                )))
            }),
        ),
        (
            "chr",
            builtin("chr", None, |vm, a, _| {
                exactly(vm, "chr", a, 1)?;
                let Some(i) = as_i64(&a[0]).filter(|_| !matches!(a[0], Value::Float(_))) else {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(&a[0])
                    )));
                };
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => Ok(Value::str(c.to_string())),
                    None => Err(vm.value_error("chr() arg not in range(0x110000)")),
                }
            }),
        ),
        (
            "complex",
            builtin("complex", Some(TypeTag::Complex), |vm, _, _| {
                Err(vm.type_error("complex numbers are not supported"))
            }),
        ),
        (
            "divmod",
            builtin("divmod", None, |vm, a, _| {
                exactly(vm, "divmod", a, 2)?;
                let q = ops::binary(vm, crate::ir::BinOp::FloorDiv, &a[0], &a[1], false)?;
                let r = ops::binary(vm, crate::ir::BinOp::Mod, &a[0], &a[1], false)?;
                Ok(Value::tuple(vec![q, r]))
            }),
        ),
        (
            "float",
            builtin("float", Some(TypeTag::Float), |vm, a, _| match a.first() {
                None => Ok(Value::float(0.0)),
                Some(Value::Str(s)) => parse_float(&s.s).map(Value::float).ok_or_else(|| {
                    vm.value_error(format!(
                        "could not convert string to float: {}",
                        ops::str_repr(&s.s)
                    ))
                }),
                Some(v) => match as_f64(v) {
                    Some(f) if f.is_infinite() && matches!(v, Value::BigInt(_)) => {
                        Err(vm.new_exception("OverflowError", "int too large to convert to float"))
                    }
                    Some(f) => Ok(Value::float(f)),
                    None => Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(v)
                    ))),
                },
            }),
        ),
        (
            "hash",
            builtin("hash", None, |vm, a, _| {
                exactly(vm, "hash", a, 1)?;
                // CPython's values (with PYTHONHASHSEED=0), as the oracle prints.
                let k = vm.key(a[0].clone())?;
                Ok(Value::Int(crate::pyset::key_hash(&k)))
            }),
        ),
        (
            "hex",
            builtin("hex", None, |vm, a, _| int_base(vm, a, 16, "0x")),
        ),
        (
            "oct",
            builtin("oct", None, |vm, a, _| int_base(vm, a, 8, "0o")),
        ),
        (
            "id",
            builtin("id", None, |vm, a, _| {
                exactly(vm, "id", a, 1)?;
                Ok(Value::Int((identity(&a[0]) & 0xFFFF_FFFF_FFFF) as i64))
            }),
        ),
        ("int", builtin("int", Some(TypeTag::Int), int_new)),
        (
            "isinstance",
            builtin("isinstance", None, |vm, a, _| {
                exactly(vm, "isinstance", a, 2)?;
                Ok(Value::bool(isinstance(vm, &a[0], &a[1])?))
            }),
        ),
        (
            "issubclass",
            builtin("issubclass", None, |vm, a, _| {
                exactly(vm, "issubclass", a, 2)?;
                match (&a[0], &a[1]) {
                    (Value::Class(x), Value::Class(y)) => Ok(Value::bool(x.is_subclass(y))),
                    (Value::Builtin(x), Value::Builtin(y)) => Ok(Value::bool(
                        x.type_tag.is_some() && x.type_tag == y.type_tag
                            || (x.type_tag == Some(TypeTag::Bool)
                                && y.type_tag == Some(TypeTag::Int)),
                    )),
                    (Value::Class(_) | Value::Builtin(_), _) => Ok(Value::Bool(0)),
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            }),
        ),
        (
            "len",
            builtin("len", None, |vm, a, kw| {
                no_kwargs(vm, "len", kw)?;
                exactly(vm, "len", a, 1)?;
                len_of(vm, &a[0]).map(|n| Value::Int(n as i64))
            }),
        ),
        (
            "ord",
            builtin("ord", None, |vm, a, _| {
                exactly(vm, "ord", a, 1)?;
                match &a[0] {
                    Value::Str(s) if s.chars == 1 => Ok(Value::Int(
                        s.s.chars().next().map(|c| c as i64).unwrap_or(0),
                    )),
                    Value::Str(s) => Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars
                    ))),
                    other => Err(vm.type_error(format!(
                        "ord() expected string of length 1, but {} found",
                        type_name(other)
                    ))),
                }
            }),
        ),
        (
            "pow",
            builtin("pow", None, |vm, a, _| {
                if a.len() == 3 {
                    let (Some(b), Some(e), Some(m)) =
                        (ops::as_big(&a[0]), ops::as_big(&a[1]), ops::as_big(&a[2]))
                    else {
                        return Err(vm.type_error(
                            "pow() 3rd argument not allowed unless all arguments are integers",
                        ));
                    };
                    if m == BigInt::from(0) {
                        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                    }
                    if e < BigInt::from(0) {
                        return Err(vm.value_error("base is not invertible for the given modulus"));
                    }
                    let r = b.modpow(&e, &m);
                    let r =
                        if r != BigInt::from(0) && (r < BigInt::from(0)) != (m < BigInt::from(0)) {
                            r + m
                        } else {
                            r
                        };
                    return Ok(Value::from_bigint(r));
                }
                exactly(vm, "pow", a, 2)?;
                ops::binary(vm, crate::ir::BinOp::Pow, &a[0], &a[1], false)
            }),
        ),
        (
            "range",
            builtin("limited_range", None, |vm, a, _| {
                if a.is_empty() {
                    return Err(vm.type_error(
                        "limited_range() missing 1 required positional argument: 'iFirst'",
                    ));
                }
                limited_range(vm, a)
            }),
        ),
        (
            "repr",
            builtin("repr", None, |vm, a, _| {
                exactly(vm, "repr", a, 1)?;
                Ok(Value::str(ops::repr_of(vm, &a[0])?))
            }),
        ),
        ("round", builtin("round", None, |vm, a, _| round(vm, a))),
        (
            "slice",
            builtin("slice", Some(TypeTag::Slice), |vm, a, _| {
                let (start, stop, step) = match a.len() {
                    1 => (Value::None, a[0].clone(), Value::None),
                    2 => (a[0].clone(), a[1].clone(), Value::None),
                    3 => (a[0].clone(), a[1].clone(), a[2].clone()),
                    n => {
                        return Err(
                            vm.type_error(format!("slice expected at most 3 arguments, got {n}"))
                        );
                    }
                };
                Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
            }),
        ),
        (
            "str",
            builtin("str", Some(TypeTag::Str), |vm, a, _| match a.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(Value::Int(i)) => Ok(ops::int_str(*i)),
                Some(v) => Ok(Value::str(ops::str_of(vm, v)?)),
            }),
        ),
        (
            "list",
            builtin("limited_list", None, |vm, a, _| match a.first() {
                None => {
                    Err(vm
                        .type_error("limited_list() missing 1 required positional argument: 'seq'"))
                }
                Some(Value::Str(_)) => Err(vm.type_error("cannot convert string to list")),
                Some(v) => {
                    let items = vm.collect(v)?;
                    Ok(Value::list(items))
                }
            }),
        ),
        (
            "tuple",
            builtin("limited_tuple", None, |vm, a, _| match a.first() {
                None => Err(
                    vm.type_error("limited_tuple() missing 1 required positional argument: 'seq'")
                ),
                Some(Value::Str(_)) => Err(vm.type_error("cannot convert string to tuple")),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => {
                    let items = vm.collect(v)?;
                    Ok(Value::tuple(items))
                }
            }),
        ),
        (
            "setattr",
            builtin("setattr", None, |vm, a, _| {
                exactly(vm, "setattr", a, 3)?;
                let Value::Str(name) = &a[1] else {
                    return Err(vm.type_error("attribute name must be string"));
                };
                vm.set_attr(&a[0], &name.s, a[2].clone())?;
                Ok(Value::None)
            }),
        ),
        (
            "delattr",
            builtin("delattr", None, |vm, a, _| {
                exactly(vm, "delattr", a, 2)?;
                Err(vm.type_error("attribute-less object (assign or del)"))
            }),
        ),
        ("print", builtin("print", None, print)),
    ];
    for (name, value) in defs {
        vm.set_builtin(name, value);
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: &Kw) -> Result<Value, Error> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in kw {
        let target = match k.as_ref() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" | "flush" => continue,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        };
        match v {
            Value::None => {}
            Value::Str(s) => *target = s.s.to_string(),
            other => {
                return Err(vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    k,
                    type_name(other)
                )));
            }
        }
    }
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&ops::str_of(vm, a)?);
    }
    text.push_str(&end);
    vm.write_output(&text)?;
    Ok(Value::None)
}

fn int_base(vm: &Vm, a: &[Value], radix: u32, prefix: &str) -> Result<Value, Error> {
    exactly(vm, if radix == 16 { "hex" } else { "oct" }, a, 1)?;
    let Some(b) = ops::as_big(&a[0]) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a[0])
        )));
    };
    let neg = b < BigInt::from(0);
    let digits = b.magnitude().to_str_radix(radix);
    Ok(Value::str(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits
    )))
}

/// `text` with the decimal digits of other scripts as ASCII digits and
/// other whitespace as spaces, as CPython reads numbers (`int('٣')` is 3).
fn ascii_numeric(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| match unicode::decimal_value(c) {
                Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
                _ if !c.is_ascii() && is_py_space(c) => ' ',
                _ => c,
            })
            .collect(),
    )
}

pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let t = ascii_numeric(s).trim().replace('_', "");
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.is_empty()
        || t.chars()
            .any(|c| !(c.is_ascii_digit() || "+-.eE".contains(c)))
    {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `int(text, base)` as CPython parses it: surrounding whitespace, one
/// sign, a prefix matching the base (any prefix for base 0, where other
/// leading zeros are refused), single underscores between digits.
fn parse_int_literal(text: &str, base: u32) -> Option<BigInt> {
    let text = ascii_numeric(text);
    let text = text.trim_matches(is_py_space);
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = rest.to_ascii_lowercase();
    let prefixed = |p: &str, b: u32| (base == b || base == 0) && lower.starts_with(p);
    let (digits, radix, had_prefix) = if prefixed("0x", 16) {
        (&lower[2..], 16, true)
    } else if prefixed("0o", 8) {
        (&lower[2..], 8, true)
    } else if prefixed("0b", 2) {
        (&lower[2..], 2, true)
    } else if base == 0 {
        (lower.as_str(), 10, false)
    } else {
        (lower.as_str(), base, false)
    };
    // After a prefix one underscore may come first (`0x_ff`).
    let digits = if had_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    if base == 0 && !had_prefix && clean.starts_with('0') && clean.chars().any(|c| c != '0') {
        return None;
    }
    let value = BigInt::parse_bytes(clean.as_bytes(), radix)?;
    Some(if negative { -value } else { value })
}

fn int_new(vm: &mut Vm, a: &[Value], kw: &Kw) -> Result<Value, Error> {
    let mut base: Option<i64> = None;
    for (k, v) in kw {
        if k.as_ref() == "base" {
            base = as_i64(v);
        } else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
    if a.len() == 2 {
        base = as_i64(&a[1]);
    }
    match a.first() {
        None => Ok(Value::Int(0)),
        Some(Value::Str(s)) => {
            let b = base.unwrap_or(10);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match parse_int_literal(&s.s, b as u32) {
                Some(v) => Ok(Value::from_bigint(v)),
                None => Err(vm.value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    b,
                    ops::str_repr(&s.s)
                ))),
            }
        }
        Some(_) if base.is_some() => {
            Err(vm.type_error("int() can't convert non-string with explicit base"))
        }
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(
                    vm.new_exception("OverflowError", "cannot convert float infinity to integer")
                );
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(Value::from_bigint(
                    num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
                ))
            }
        }
        Some(Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

fn limited_range(vm: &mut Vm, a: &[Value]) -> Result<Value, Error> {
    let mut ints = Vec::new();
    for v in a {
        match v {
            Value::Int(_) | Value::Bool(_) => ints.push(as_i64(v).unwrap_or(0)),
            Value::BigInt(_) => ints.push(i64::MAX / 4),
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                )));
            }
        }
    }
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.new_exception("AttributeError", "range() requires 1-3 int arguments")),
    };
    if step == 0 {
        return Err(vm.value_error("zero step for range()"));
    }
    // RestrictedPython computes the length as int((stop - start) / step).
    let approx = ((stop as f64 - start as f64) / step as f64).trunc();
    if approx >= 1000.0 {
        return Err(vm.value_error(
            "To be created range() object would be to large, in RestrictedPython we only allow 1000 elements in a range.",
        ));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn round(vm: &mut Vm, a: &[Value]) -> Result<Value, Error> {
    let ndigits =
        match a.get(1) {
            None | Some(Value::None) => None,
            Some(v) => Some(as_i64(v).ok_or_else(|| {
                vm.type_error("'float' object cannot be interpreted as an integer")
            })?),
        };
    match (a.first(), ndigits) {
        (Some(Value::Float(f)), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(
                    vm.new_exception("OverflowError", "cannot convert float infinity to integer")
                );
            }
            let r = f.round();
            let f = f.get();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                Ok(Value::from_bigint(
                    num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                ))
            }
        }
        (Some(Value::Float(f)), Some(n)) => {
            let s = format!("{:.*}", n.clamp(0, 300) as usize, f);
            if n < 0 {
                let p = 10f64.powi((-n) as i32);
                return Ok(Value::float((f.get() / p).round_ties_even() * p));
            }
            Ok(Value::float(s.parse().unwrap_or(f.get())))
        }
        (Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))), n) => match n {
            None | Some(0..) => Ok(match v {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => v.clone(),
            }),
            Some(n) => {
                let i = as_i64(v).unwrap_or(0);
                let p = 10i64.checked_pow((-n) as u32).unwrap_or(i64::MAX);
                let q = i.div_euclid(p);
                let r = i.rem_euclid(p);
                let q = if r * 2 > p || (r * 2 == p && q % 2 == 1) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::Int(q.saturating_mul(p)))
            }
        },
        (Some(other), _) => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        ))),
        (None, _) => Err(vm.type_error("round() missing required argument 'number' (pos 1)")),
    }
}

// One arm per builtin type reads better than a long matches!.
#[allow(clippy::match_like_matches_macro)]
fn isinstance(vm: &Vm, v: &Value, t: &Value) -> Result<bool, Error> {
    match t {
        Value::Tuple(items) => {
            for item in items.items.iter() {
                if isinstance(vm, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(c) => Ok(match v {
            Value::Instance(i) => i.class.is_subclass(c),
            _ => false,
        }),
        Value::Builtin(b) if b.type_tag.is_some() => Ok(match (b.type_tag, v) {
            (Some(TypeTag::Int), Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => true,
            (Some(TypeTag::Bool), Value::Bool(_)) => true,
            (Some(TypeTag::Float), Value::Float(_)) => true,
            (Some(TypeTag::Str), Value::Str(_)) => true,
            (Some(TypeTag::List), Value::List(_)) => true,
            (Some(TypeTag::Tuple), Value::Tuple(_)) => true,
            (Some(TypeTag::Range), Value::Range(_)) => true,
            (Some(TypeTag::Slice), Value::Slice(_)) => true,
            _ => false,
        }),
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

pub(crate) fn len_of(vm: &mut Vm, v: &Value) -> Result<usize, Error> {
    Ok(match v {
        Value::Str(s) => s.chars,
        Value::Bytes(b) => b.data.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.map.borrow().len(),
        Value::Set(s) | Value::FrozenSet(s) => s.set.borrow().len(),
        Value::Range(r) => r.len().max(0) as usize,
        Value::DictView(d) => d.dict.map.borrow().len(),
        Value::Host(h) => {
            if let Some(items) = h.get_attr(vm, "__iter__")? {
                return len_of(vm, &items);
            }
            return Err(vm.type_error(format!("object of type '{}' has no len()", h.type_name())));
        }
        other => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                type_name(other)
            )));
        }
    })
}

// ------------------------------------------------------------------ methods

const STR_METHODS: &[&str] = &[
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "join",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isdecimal",
    "isnumeric",
    "title",
    "capitalize",
    "splitlines",
    "partition",
    "rpartition",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "casefold",
    "swapcase",
    "removeprefix",
    "removesuffix",
    "isidentifier",
    "isascii",
    "expandtabs",
    "encode",
];
const LIST_METHODS: &[&str] = &[
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];
const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "setdefault",
    "update",
    "copy",
    "clear",
    "popitem",
];
const SET_METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "update",
    "copy",
    "clear",
    "isdisjoint",
    "intersection_update",
    "difference_update",
];
const FROZENSET_METHODS: &[&str] = &[
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "copy",
    "isdisjoint",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];

/// Whether a builtin type has this method.
pub fn has_method(obj: &Value, name: &str) -> bool {
    let table = match obj {
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Set(_) => SET_METHODS,
        Value::FrozenSet(_) => FROZENSET_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Bytes(_) => crate::bytes::BYTES_METHODS,
        Value::Iterator(state) if is_generator(state) => GENERATOR_METHODS,
        _ => return false,
    };
    table.contains(&name)
}

/// The builtin type of `obj` as one bit of a [`method_owners`] mask (0 for
/// every other kind of value).
#[inline]
pub(crate) fn owner_bit(obj: &Value) -> u8 {
    match obj {
        Value::Str(_) => 1,
        Value::List(_) => 2,
        Value::Dict(_) => 4,
        Value::Set(_) => 8,
        Value::FrozenSet(_) => 16,
        Value::Tuple(_) => 32,
        _ => 0,
    }
}

/// The builtin types (as [`owner_bit`]s) whose method `name` `LOAD_METHOD`
/// may hand straight to `CALL_METHOD`. `str.format` and `str.format_map`
/// are left out: reading them raises.
pub(crate) fn method_owners(name: &str) -> u8 {
    let tables = [
        STR_METHODS,
        LIST_METHODS,
        DICT_METHODS,
        SET_METHODS,
        FROZENSET_METHODS,
        TUPLE_METHODS,
    ];
    let mut owners = 0;
    for (bit, table) in tables.iter().enumerate() {
        if table.contains(&name) {
            owners |= 1 << bit;
        }
    }
    if name == "format" || name == "format_map" {
        owners &= !1;
    }
    owners
}

/// The methods of a generator.
const GENERATOR_METHODS: &[&str] = &["send", "throw", "close"];

/// Whether an iterator is a generator (running, suspended or finished).
fn is_generator(state: &std::cell::RefCell<IterState>) -> bool {
    matches!(&*state.borrow(), IterState::Generator(_) | IterState::Done)
}

/// Attribute read on builtin values (methods and data attributes).
pub fn builtin_attr(_vm: &mut Vm, obj: &Value, name: &str) -> Result<Value, Error> {
    if has_method(obj, name) {
        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: obj.clone(),
            func: Value::None,
            builtin_name: Some(Rc::from(name)),
        })));
    }
    Ok(match (obj, name) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => match obj {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => obj.clone(),
        },
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
        (Value::Float(_), "real") => obj.clone(),
        (Value::Float(_), "imag") => Value::float(0.0),
        (Value::Float(_), "is_integer") | (Value::Int(_) | Value::BigInt(_), "bit_length") => {
            Value::BoundMethod(Rc::new(BoundMethod {
                receiver: obj.clone(),
                func: Value::None,
                builtin_name: Some(Rc::from(name)),
            }))
        }
        (Value::Range(_), "index" | "count") => Value::BoundMethod(Rc::new(BoundMethod {
            receiver: obj.clone(),
            func: Value::None,
            builtin_name: Some(Rc::from(name)),
        })),
        (Value::Range(r), "start") => Value::Int(r.start),
        (Value::Range(r), "stop") => Value::Int(r.stop),
        (Value::Range(r), "step") => Value::Int(r.step),
        (Value::Slice(s), "start") => s.start.clone(),
        (Value::Slice(s), "stop") => s.stop.clone(),
        (Value::Slice(s), "step") => s.step.clone(),
        _ => Value::None,
    })
}

/// Positional argument `i` of a builtin method. CPython words a missing
/// argument in two ways: one-argument methods (`str.join`, `list.remove`,
/// named here with their type) say "takes exactly one argument"; the others
/// (`get`, `replace`) say "expected at least N arguments", and the str
/// search methods (named with `()`: `find()`) "takes at least N argument".
fn arg<'a>(vm: &Vm, args: &'a [Value], i: usize, method: &str) -> Result<&'a Value, Error> {
    args.get(i).ok_or_else(|| {
        if method.ends_with("()") {
            // The str search methods keep the older wording.
            vm.type_error(format!(
                "{method} takes at least {} argument ({} given)",
                i + 1,
                args.len()
            ))
        } else if method.contains('.') {
            vm.type_error(format!(
                "{method}() takes exactly one argument ({} given)",
                args.len()
            ))
        } else {
            let plural = if i == 0 { "" } else { "s" };
            vm.type_error(format!(
                "{method} expected at least {} argument{plural}, got {}",
                i + 1,
                args.len()
            ))
        }
    })
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> Result<&'a str, Error> {
    match v {
        Value::Str(s) => Ok(&s.s),
        other => Err(vm.type_error(format!("{what} must be str, not {}", type_name(other)))),
    }
}

/// Calls `name` on a builtin value.
pub fn call_method(
    vm: &mut Vm,
    recv: &Value,
    name: &str,
    args: &[Value],
    kw: &Kw,
) -> Result<Value, Error> {
    match recv {
        Value::Str(s) => str_method(vm, s, name, args, kw),
        Value::Bytes(b) => crate::bytes::bytes_method(vm, b, name, args, kw),
        Value::List(l) => list_method(vm, recv, l, name, args, kw),
        Value::Dict(d) => dict_method(vm, d, name, args, kw),
        Value::Set(s) | Value::FrozenSet(s) => set_method(vm, recv, s, name, args),
        Value::Tuple(t) => seq_method(vm, &t.items, "tuple", name, args),
        Value::Range(r) if name == "index" || name == "count" => {
            let x = arg(vm, args, 0, name)?;
            let position = match x {
                Value::Int(i) => r.position(*i),
                Value::Bool(b) => r.position(*b as i64),
                _ => None,
            };
            if name == "count" {
                return Ok(Value::Int(position.is_some() as i64));
            }
            match position {
                Some(i) => Ok(Value::Int(i)),
                None => {
                    let shown = ops::repr_of(vm, x)?;
                    Err(vm.value_error(format!("{shown} is not in range")))
                }
            }
        }
        Value::Iterator(state) if has_method(recv, name) => vm.generator_method(state, name, args),
        Value::Float(f) if name == "is_integer" => {
            Ok(Value::bool(f.fract() == 0.0 && f.is_finite()))
        }
        Value::Int(_) | Value::BigInt(_) if name == "bit_length" => Ok(Value::Int(
            ops::as_big(recv).map(|b| b.bits() as i64).unwrap_or(0),
        )),
        other => {
            let f = vm.get_attr(other, name)?;
            vm.call(&f, args, kw)
        }
    }
}

fn seq_method(
    vm: &mut Vm,
    items: &[Value],
    tname: &str,
    name: &str,
    args: &[Value],
) -> Result<Value, Error> {
    match name {
        "count" => {
            let x = arg(vm, args, 0, &format!("{tname}.count"))?.clone();
            let mut n = 0;
            for item in items {
                if ops::eq(vm, item, &x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        "index" => {
            let x = arg(vm, args, 0, "index")?.clone();
            let len = items.len() as i64;
            let bound = |v: Option<&Value>, default: i64| -> i64 {
                match v.and_then(as_i64) {
                    None => default,
                    Some(i) if i < 0 => (i + len).max(0),
                    Some(i) => i.min(len),
                }
            };
            let start = bound(args.get(1), 0) as usize;
            let stop = bound(args.get(2), len) as usize;
            let window = items.get(start..stop.max(start)).unwrap_or(&[]);
            for (offset, item) in window.iter().enumerate() {
                let i = start + offset;
                if ops::eq(vm, item, &x)? {
                    return Ok(Value::Int(i as i64));
                }
            }
            let msg = if tname == "tuple" {
                "tuple.index(x): x not in tuple".to_string()
            } else {
                format!("{} is not in list", ops::repr_of(vm, &x)?)
            };
            Err(vm.value_error(msg))
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'{tname}' object has no attribute '{name}'"),
        )),
    }
}

fn list_method(
    vm: &mut Vm,
    recv: &Value,
    l: &Rc<List>,
    name: &str,
    args: &[Value],
    kw: &Kw,
) -> Result<Value, Error> {
    match name {
        "append" => {
            exactly(vm, "list.append", args, 1)?;
            l.items.borrow_mut().push(args[0].clone());
            l.recount();
            Ok(Value::None)
        }
        "extend" => {
            let items = vm.collect(arg(vm, args, 0, "list.extend")?)?;
            vm.reserve(items.len() * 16)?;
            l.items.borrow_mut().extend(items);
            l.recount();
            Ok(Value::None)
        }
        "insert" => {
            exactly(vm, "insert", args, 2)?;
            let i = as_i64(&args[0])
                .ok_or_else(|| vm.type_error("'str' object cannot be interpreted as an integer"))?;
            let mut items = l.items.borrow_mut();
            let n = items.len() as i64;
            let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
            items.insert(pos as usize, args[1].clone());
            drop(items);
            l.recount();
            Ok(Value::None)
        }
        "pop" => {
            let mut items = l.items.borrow_mut();
            if items.is_empty() {
                drop(items);
                return Err(vm.new_exception("IndexError", "pop from empty list"));
            }
            let n = items.len() as i64;
            let i = match args.first() {
                Some(v) => as_i64(v).unwrap_or(0),
                None => n - 1,
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                drop(items);
                return Err(vm.new_exception("IndexError", "pop index out of range"));
            }
            Ok(items.remove(j as usize))
        }
        "remove" => {
            let x = arg(vm, args, 0, "list.remove")?.clone();
            let items = l.items.borrow().clone();
            for (i, item) in items.iter().enumerate() {
                if ops::eq(vm, item, &x)? {
                    l.items.borrow_mut().remove(i);
                    return Ok(Value::None);
                }
            }
            Err(vm.value_error("list.remove(x): x not in list"))
        }
        "index" | "count" => {
            let items = l.items.borrow().clone();
            seq_method(vm, &items, "list", name, args)
        }
        "reverse" => {
            l.items.borrow_mut().reverse();
            Ok(Value::None)
        }
        "copy" => Ok(Value::list(l.items.borrow().clone())),
        "clear" => {
            l.items.borrow_mut().clear();
            l.recount();
            Ok(Value::None)
        }
        "sort" => {
            if !args.is_empty() {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            let mut key = Value::None;
            let mut reverse = false;
            for (k, v) in kw {
                match k.as_ref() {
                    "key" => key = v.clone(),
                    "reverse" => reverse = v.truthy(),
                    other => {
                        return Err(vm.type_error(format!(
                            "'{other}' is an invalid keyword argument for sort()"
                        )));
                    }
                }
            }
            let items = std::mem::take(&mut *l.items.borrow_mut());
            let result = sort_values(vm, items.clone(), &key, reverse);
            match result {
                Ok(sorted) => {
                    *l.items.borrow_mut() = sorted;
                    let _ = recv;
                    Ok(Value::None)
                }
                Err(e) => {
                    *l.items.borrow_mut() = items;
                    Err(e)
                }
            }
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'list' object has no attribute '{name}'"),
        )),
    }
}

/// A stable sort with Python's `<` (merge sort so that a comparison error
/// propagates).
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> Result<Vec<Value>, Error> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for item in &items {
            ks.push(vm.call(key, std::slice::from_ref(item), &[])?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Reverse keeps stability as CPython does: reverse, stable sort, reverse.
    if reverse {
        idx.reverse();
    }
    if let Some(sorted) = sort_simple_keys(&idx, &keys) {
        idx = sorted;
        if reverse {
            idx.reverse();
        }
        return Ok(idx.into_iter().map(|i| items[i].clone()).collect());
    }
    let mut err = None;
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        let (ka, kb) = (&keys[*a], &keys[*b]);
        let r = ops::less_than(vm, kb, ka);
        match r {
            // "b < a" means a goes after b: return whether b must come first.
            Ok(v) => v,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// The stable order of `idx` by `keys` when every comparison it needs is
/// between ints, between strs, or between tuples of those: such
/// comparisons run no user code and cannot fail, and they order totally,
/// so any stable sort gives the result Python's does. `None` (the caller
/// sorts in full generality) as soon as one comparison is of another kind.
fn sort_simple_keys(idx: &[usize], keys: &[Value]) -> Option<Vec<usize>> {
    let mut sorted = idx.to_vec();
    let mut simple = true;
    sorted.sort_by(|a, b| match (keys.get(*a), keys.get(*b)) {
        (Some(x), Some(y)) if simple => simple_order(x, y).unwrap_or_else(|| {
            simple = false;
            std::cmp::Ordering::Equal
        }),
        _ => std::cmp::Ordering::Equal,
    });
    simple.then_some(sorted)
}

/// Python's order of two ints, two strs, or two tuples of those (compared
/// element by element); `None` for anything else.
fn simple_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                // Ints and strs inline; only nested tuples recurse.
                let order = match scalar_order(p, q) {
                    Some(order) => order,
                    None => simple_order(p, q)?,
                };
                if order != std::cmp::Ordering::Equal {
                    return Some(order);
                }
            }
            Some(x.items.len().cmp(&y.items.len()))
        }
        _ => scalar_order(a, b),
    }
}

/// [`simple_order`] of two ints or two strs; `None` for anything else.
#[inline(always)]
fn scalar_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Str(x), Value::Str(y)) => Some(x.s.cmp(&y.s)),
        _ => None,
    }
}

/// Stable merge sort; `before(a, b)` says whether b must precede a.
fn merge_sort(v: &mut Vec<usize>, b_before_a: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    // Insertion sort for small runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && b_before_a(&v[j - 1], &v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut right = v.split_off(n / 2);
    merge_sort(v, b_before_a);
    merge_sort(&mut right, b_before_a);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if b_before_a(&left[i], &right[j]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}

fn dict_method(
    vm: &mut Vm,
    d: &Rc<Dict>,
    name: &str,
    args: &[Value],
    kw: &Kw,
) -> Result<Value, Error> {
    match name {
        "get" => {
            let k = vm.key(arg(vm, args, 0, "get")?.clone())?;
            Ok(d.map
                .borrow()
                .get(&k)
                .cloned()
                .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
        }
        "keys" => Ok(Value::DictView(Rc::new(DictView {
            dict: d.clone(),
            kind: ViewKind::Keys,
        }))),
        "values" => Ok(Value::DictView(Rc::new(DictView {
            dict: d.clone(),
            kind: ViewKind::Values,
        }))),
        "items" => Ok(Value::DictView(Rc::new(DictView {
            dict: d.clone(),
            kind: ViewKind::Items,
        }))),
        "pop" => {
            let kv = arg(vm, args, 0, "pop")?.clone();
            let k = vm.key(kv.clone())?;
            let removed = d.map.borrow_mut().shift_remove(&k);
            match (removed, args.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(Error::exc(exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![kv],
                ))),
            }
        }
        "setdefault" => {
            let k = vm.key(arg(vm, args, 0, "setdefault")?.clone())?;
            let default = args.get(1).cloned().unwrap_or(Value::None);
            let mut map = d.map.borrow_mut();
            let v = map.entry(k).or_insert(default).clone();
            drop(map);
            d.recount();
            Ok(v)
        }
        "update" => {
            if let Some(src) = args.first() {
                match src {
                    Value::Dict(s) => {
                        let pairs: Vec<(Key, Value)> = s
                            .map
                            .borrow()
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        d.map.borrow_mut().extend(pairs);
                    }
                    other => {
                        for item in vm.collect(other)? {
                            let pair = vm.collect(&item)?;
                            if pair.len() != 2 {
                                return Err(vm.value_error(format!(
                                    "dictionary update sequence element #0 has length {}; 2 is required",
                                    pair.len()
                                )));
                            }
                            let k = vm.key(pair[0].clone())?;
                            d.map.borrow_mut().insert(k, pair[1].clone());
                        }
                    }
                }
            }
            for (k, v) in kw {
                d.map.borrow_mut().insert(Key(Value::str(&**k)), v.clone());
            }
            d.recount();
            Ok(Value::None)
        }
        "copy" => Ok(Value::dict(d.map.borrow().clone())),
        "clear" => {
            d.map.borrow_mut().clear();
            d.recount();
            Ok(Value::None)
        }
        "popitem" => {
            let popped = d.map.borrow_mut().pop();
            match popped {
                Some((k, v)) => Ok(Value::tuple(vec![k.0, v])),
                None => Err(Error::exc(exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![Value::str("popitem(): dictionary is empty")],
                ))),
            }
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'dict' object has no attribute '{name}'"),
        )),
    }
}

/// The other operand of a set operation: a set (walked in its own table
/// order) or the keys of any other iterable, in its order.
pub(crate) enum SetOperand {
    Set(Rc<Set>),
    Keys(Vec<Key>),
}

pub(crate) fn set_operand(vm: &mut Vm, v: &Value) -> Result<SetOperand, Error> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(SetOperand::Set(s.clone())),
        other => {
            let mut keys = Vec::new();
            for item in vm.collect(other)? {
                keys.push(vm.key(item)?);
            }
            Ok(SetOperand::Keys(keys))
        }
    }
}

/// The set operations, each as CPython computes it (the order of the
/// result's members depends on it).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum SetOp {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

/// `a op other` as a new table.
pub(crate) fn set_op(a: &Rc<Set>, other: &SetOperand, op: SetOp) -> SetMap {
    let mine = a.set.borrow();
    match other {
        SetOperand::Set(b) if Rc::ptr_eq(a, b) => match op {
            SetOp::Union | SetOp::Intersection => mine.copy(),
            SetOp::Difference | SetOp::SymmetricDifference => SetMap::new(),
        },
        SetOperand::Set(b) => {
            let theirs = b.set.borrow();
            apply_set_op(&mine, &pyset::Operand::Set(&theirs), op)
        }
        SetOperand::Keys(keys) => apply_set_op(&mine, &pyset::Operand::Keys(keys.clone()), op),
    }
}

fn apply_set_op(a: &SetMap, other: &pyset::Operand, op: SetOp) -> SetMap {
    match op {
        SetOp::Union => pyset::union(a, other),
        SetOp::Intersection => pyset::intersection(a, other),
        SetOp::Difference => pyset::difference(a, other),
        SetOp::SymmetricDifference => pyset::symmetric_difference(a, other),
    }
}

/// `a op= other`, changing `a`.
pub(crate) fn set_op_in_place(target: &Rc<Set>, other: &SetOperand, op: SetOp) {
    match other {
        SetOperand::Set(b) if Rc::ptr_eq(target, b) => {
            if matches!(op, SetOp::Difference | SetOp::SymmetricDifference) {
                target.set.borrow_mut().clear();
            }
        }
        SetOperand::Set(b) => {
            let theirs = b.set.borrow();
            let operand = pyset::Operand::Set(&theirs);
            apply_set_op_in_place(&mut target.set.borrow_mut(), &operand, op);
        }
        SetOperand::Keys(keys) => {
            let operand = pyset::Operand::Keys(keys.clone());
            apply_set_op_in_place(&mut target.set.borrow_mut(), &operand, op);
        }
    }
    target.recount();
}

fn apply_set_op_in_place(target: &mut SetMap, other: &pyset::Operand, op: SetOp) {
    match op {
        SetOp::Union => pyset::update(target, other),
        SetOp::Intersection => pyset::intersection_update(target, other),
        SetOp::Difference => pyset::difference_update(target, other),
        SetOp::SymmetricDifference => pyset::symmetric_difference_update(target, other),
    }
}

fn with_operand<R>(other: &SetOperand, f: impl FnOnce(&pyset::Operand) -> R) -> R {
    match other {
        SetOperand::Set(b) => {
            let theirs = b.set.borrow();
            f(&pyset::Operand::Set(&theirs))
        }
        SetOperand::Keys(keys) => f(&pyset::Operand::Keys(keys.clone())),
    }
}

/// Whether `key` is in the operand.
fn operand_contains(other: &SetOperand, key: &Key) -> bool {
    match other {
        SetOperand::Set(b) => b.set.borrow().contains(key),
        SetOperand::Keys(keys) => keys.contains(key),
    }
}

fn operand_keys(other: &SetOperand) -> Vec<Key> {
    match other {
        SetOperand::Set(b) => b.set.borrow().iter().cloned().collect(),
        SetOperand::Keys(keys) => keys.clone(),
    }
}

fn set_method(
    vm: &mut Vm,
    recv: &Value,
    s: &Rc<Set>,
    name: &str,
    args: &[Value],
) -> Result<Value, Error> {
    let wrap = |m: SetMap| {
        let set = Rc::new(Set::new(m));
        if matches!(recv, Value::FrozenSet(_)) {
            Value::FrozenSet(set)
        } else {
            Value::Set(set)
        }
    };
    let multi = |name: &str| match name {
        "union" | "update" => Some(SetOp::Union),
        "intersection" | "intersection_update" => Some(SetOp::Intersection),
        "difference" | "difference_update" => Some(SetOp::Difference),
        "symmetric_difference" | "symmetric_difference_update" => Some(SetOp::SymmetricDifference),
        _ => None,
    };
    if let Some(op) = multi(name) {
        let in_place = name.ends_with("_update") || name == "update";
        if op == SetOp::SymmetricDifference {
            arg(vm, args, 0, &format!("set.{name}"))?;
        }
        let mut operands = Vec::with_capacity(args.len());
        for a in args {
            operands.push(set_operand(vm, a)?);
        }
        if in_place {
            for operand in &operands {
                set_op_in_place(s, operand, op);
            }
            return Ok(Value::None);
        }
        // A chain of operations: the first makes a new set, the rest update
        // it (intersections replace it).
        let mut table = s.set.borrow().copy();
        for (index, operand) in operands.iter().enumerate() {
            if index == 0 {
                table = set_op(s, operand, op);
            } else {
                with_operand(operand, |other| match op {
                    SetOp::Intersection => table = pyset::intersection(&table, other),
                    _ => apply_set_op_in_place(&mut table, other, op),
                });
            }
        }
        return Ok(wrap(table));
    }
    match name {
        "add" => {
            let k = vm.key(arg(vm, args, 0, "set.add")?.clone())?;
            s.set.borrow_mut().insert(k);
            s.recount();
            Ok(Value::None)
        }
        "remove" => {
            let kv = arg(vm, args, 0, "set.remove")?.clone();
            let k = vm.key(kv.clone())?;
            if s.set.borrow_mut().discard(&k) {
                Ok(Value::None)
            } else {
                Err(Error::exc(exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![kv],
                )))
            }
        }
        "discard" => {
            let k = vm.key(arg(vm, args, 0, "set.discard")?.clone())?;
            s.set.borrow_mut().discard(&k);
            Ok(Value::None)
        }
        "pop" => {
            let first = s.set.borrow_mut().pop();
            match first {
                Some(k) => Ok(k.0),
                None => Err(Error::exc(exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![Value::str("pop from an empty set")],
                ))),
            }
        }
        "clear" => {
            s.set.borrow_mut().clear();
            s.recount();
            Ok(Value::None)
        }
        "copy" => Ok(wrap(s.set.borrow().copy())),
        "issubset" => {
            let other = set_operand(vm, arg(vm, args, 0, "set.issubset")?)?;
            let mine: Vec<Key> = s.set.borrow().iter().cloned().collect();
            Ok(Value::bool(
                mine.iter().all(|k| operand_contains(&other, k)),
            ))
        }
        "issuperset" => {
            let other = set_operand(vm, arg(vm, args, 0, "set.issuperset")?)?;
            let mine = s.set.borrow();
            Ok(Value::bool(
                operand_keys(&other).iter().all(|k| mine.contains(k)),
            ))
        }
        "isdisjoint" => {
            let other = set_operand(vm, arg(vm, args, 0, "set.isdisjoint")?)?;
            let mine = s.set.borrow();
            Ok(Value::bool(
                !operand_keys(&other).iter().any(|k| mine.contains(k)),
            ))
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", type_name(recv)),
        )),
    }
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn strip_chars<'a>(
    vm: &Vm,
    s: &'a str,
    args: &[Value],
    left: bool,
    right: bool,
) -> Result<&'a str, Error> {
    match args.first() {
        None | Some(Value::None) => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(is_py_space);
            }
            if right {
                r = r.trim_end_matches(is_py_space);
            }
            Ok(r)
        }
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.s.chars().collect();
            let mut r = s;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            Ok(r)
        }
        Some(other) => Err(vm.type_error(format!(
            "strip arg must be None or str, not {}",
            type_name(other)
        ))),
    }
}

fn char_index_of_byte(s: &str, byte: usize) -> usize {
    s.get(..byte).map(|p| p.chars().count()).unwrap_or(0)
}

fn byte_of_char(s: &str, ch: i64) -> usize {
    if ch <= 0 {
        return 0;
    }
    s.char_indices()
        .nth(ch as usize)
        .map(|(b, _)| b)
        .unwrap_or(s.len())
}

fn find_range(vm: &Vm, s: &PyStr, args: &[Value]) -> Result<(usize, usize), Error> {
    let n = s.chars as i64;
    let norm = |v: Option<&Value>, default: i64| -> Result<i64, Error> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = as_i64(x).ok_or_else(|| {
                    vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(args.get(1), 0)?;
    let end = norm(args.get(2), n)?;
    Ok((
        byte_of_char(&s.s, start),
        byte_of_char(&s.s, end.max(start)),
    ))
}

fn str_method(
    vm: &mut Vm,
    s: &Rc<PyStr>,
    name: &str,
    args: &[Value],
    kw: &Kw,
) -> Result<Value, Error> {
    let text: &str = &s.s;
    let out = |v: String| Ok(Value::str(v));
    match name {
        "encode" => crate::bytes::encode(vm, text, args, kw),
        "upper" => out(text.to_uppercase()),
        "lower" => out(text.to_lowercase()),
        "casefold" => {
            let mut folded = String::with_capacity(text.len());
            for c in text.chars() {
                unicode::push_case_folded(&mut folded, c);
            }
            out(folded)
        }
        "swapcase" => out(text
            .chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()),
        "strip" => out(strip_chars(vm, text, args, true, true)?.to_string()),
        "lstrip" => out(strip_chars(vm, text, args, true, false)?.to_string()),
        "rstrip" => out(strip_chars(vm, text, args, false, true)?.to_string()),
        "split" | "rsplit" => {
            let sep = match args
                .first()
                .or_else(|| kw.iter().find(|(k, _)| k.as_ref() == "sep").map(|(_, v)| v))
            {
                None | Some(Value::None) => None,
                Some(Value::Str(p)) => Some(p.s.to_string()),
                Some(other) => {
                    return Err(
                        vm.type_error(format!("must be str or None, not {}", type_name(other)))
                    );
                }
            };
            let maxsplit = args.get(1).or_else(|| {
                kw.iter()
                    .find(|(k, _)| k.as_ref() == "maxsplit")
                    .map(|(_, v)| v)
            });
            let maxsplit = match maxsplit {
                None => -1,
                Some(v) => as_i64(v).ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ))
                })?,
            };
            let parts: Vec<String> = match &sep {
                Some(p) if p.is_empty() => return Err(vm.value_error("empty separator")),
                Some(p) => {
                    if maxsplit < 0 {
                        text.split(p.as_str()).map(String::from).collect()
                    } else if name == "split" {
                        text.splitn(maxsplit as usize + 1, p.as_str())
                            .map(String::from)
                            .collect()
                    } else {
                        let mut v: Vec<String> = text
                            .rsplitn(maxsplit as usize + 1, p.as_str())
                            .map(String::from)
                            .collect();
                        v.reverse();
                        v
                    }
                }
                None => {
                    let words: Vec<&str> =
                        text.split(is_py_space).filter(|w| !w.is_empty()).collect();
                    if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                        words.into_iter().map(String::from).collect()
                    } else if name == "split" {
                        let mut v: Vec<String> = Vec::new();
                        let mut rest = text.trim_start_matches(is_py_space);
                        for _ in 0..maxsplit {
                            let end = rest.find(is_py_space).unwrap_or(rest.len());
                            v.push(rest[..end].to_string());
                            rest = rest[end..].trim_start_matches(is_py_space);
                        }
                        if !rest.is_empty() {
                            v.push(rest.to_string());
                        }
                        v
                    } else {
                        let mut v: Vec<String> = Vec::new();
                        let mut rest = text.trim_end_matches(is_py_space);
                        for _ in 0..maxsplit {
                            let start = rest.rfind(is_py_space).map(|i| i + 1).unwrap_or(0);
                            v.push(rest[start..].to_string());
                            rest = rest[..start].trim_end_matches(is_py_space);
                        }
                        if !rest.is_empty() {
                            v.push(rest.to_string());
                        }
                        v.reverse();
                        v
                    }
                }
            };
            Ok(Value::list(parts.into_iter().map(Value::str).collect()))
        }
        "splitlines" => {
            let keep = args.first().map(|v| v.truthy()).unwrap_or(false);
            let mut lines = Vec::new();
            let mut cur = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                ) {
                    let mut ending = c.to_string();
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                        ending.push('\n');
                    }
                    if keep {
                        cur.push_str(&ending);
                    }
                    lines.push(Value::str(std::mem::take(&mut cur)));
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                lines.push(Value::str(cur));
            }
            Ok(Value::list(lines))
        }
        "join" => {
            let iterable = arg(vm, args, 0, "str.join")?;
            // A list is read in place; anything else is collected first.
            let collected;
            let borrowed;
            let items: &[Value] = match iterable {
                Value::List(l) => {
                    borrowed = l.items.borrow();
                    &borrowed
                }
                Value::Tuple(t) => &t.items,
                other => {
                    collected = vm.collect(other)?;
                    &collected
                }
            };
            let mut total = 0usize;
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Str(p) => total += p.s.len() + text.len(),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            type_name(other)
                        )));
                    }
                }
            }
            vm.reserve(total)?;
            let mut r = String::with_capacity(total);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    r.push_str(text);
                }
                if let Value::Str(p) = item {
                    r.push_str(&p.s);
                }
            }
            out(r)
        }
        "replace" => {
            let old =
                str_arg(vm, arg(vm, args, 0, "replace")?, "replace() argument 1")?.to_string();
            let new =
                str_arg(vm, arg(vm, args, 1, "replace")?, "replace() argument 2")?.to_string();
            let count = args.get(2).and_then(as_i64).unwrap_or(-1);
            let estimate = if old.is_empty() {
                text.len() * (new.len() + 1)
            } else {
                text.len() / old.len().max(1) * new.len() + text.len()
            };
            vm.reserve(estimate)?;
            if count < 0 {
                out(text.replace(&old, &new))
            } else {
                out(text.replacen(&old, &new, count as usize))
            }
        }
        "startswith" | "endswith" => {
            let prefixes: Vec<String> = match arg(vm, args, 0, &format!("{name}()"))? {
                Value::Str(p) => vec![p.s.to_string()],
                Value::Tuple(t) => {
                    let mut v = Vec::new();
                    for x in t.items.iter() {
                        v.push(str_arg(vm, x, "tuple for startswith")?.to_string());
                    }
                    v
                }
                other => {
                    return Err(vm.type_error(format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        type_name(other)
                    )));
                }
            };
            let (a, b) = find_range(vm, s, args)?;
            let hay = text.get(a..b).unwrap_or("");
            Ok(Value::bool(prefixes.iter().any(|p| {
                if name == "startswith" {
                    hay.starts_with(p.as_str())
                } else {
                    hay.ends_with(p.as_str())
                }
            })))
        }
        "find" | "index" | "rfind" | "rindex" => {
            let needle =
                str_arg(vm, arg(vm, args, 0, &format!("{name}()"))?, "must be str")?.to_string();
            let (a, b) = find_range(vm, s, args)?;
            let hay = text.get(a..b).unwrap_or("");
            let found = if name.starts_with('r') {
                hay.rfind(&needle)
            } else {
                hay.find(&needle)
            };
            match found {
                Some(i) => Ok(Value::Int(char_index_of_byte(text, a + i) as i64)),
                None if name.ends_with("index") => Err(vm.value_error("substring not found")),
                None => Ok(Value::Int(-1)),
            }
        }
        "count" => {
            let needle =
                str_arg(vm, arg(vm, args, 0, &format!("{name}()"))?, "must be str")?.to_string();
            let (a, b) = find_range(vm, s, args)?;
            let hay = text.get(a..b).unwrap_or("");
            if needle.is_empty() {
                return Ok(Value::Int(hay.chars().count() as i64 + 1));
            }
            Ok(Value::Int(hay.matches(&needle).count() as i64))
        }
        "isdecimal" => Ok(Value::bool(
            !text.is_empty() && text.chars().all(unicode::is_decimal),
        )),
        "isdigit" => Ok(Value::bool(
            !text.is_empty() && text.chars().all(unicode::is_digit),
        )),
        "isnumeric" => Ok(Value::bool(
            !text.is_empty() && text.chars().all(unicode::is_numeric),
        )),
        "isalpha" => Ok(Value::bool(
            !text.is_empty() && text.chars().all(unicode::is_alpha),
        )),
        // Every decimal or digit character is numeric.
        "isalnum" => Ok(Value::bool(
            !text.is_empty()
                && text
                    .chars()
                    .all(|c| unicode::is_alpha(c) || unicode::is_numeric(c)),
        )),
        "isspace" => Ok(Value::bool(
            !text.is_empty() && text.chars().all(is_py_space),
        )),
        "isascii" => Ok(Value::bool(text.is_ascii())),
        "isidentifier" => Ok(Value::bool(
            text.chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                && text.chars().all(|c| c == '_' || c.is_alphanumeric()),
        )),
        "isupper" => Ok(Value::bool(
            text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase),
        )),
        "islower" => Ok(Value::bool(
            text.chars().any(char::is_lowercase) && !text.chars().any(char::is_uppercase),
        )),
        "istitle" => Ok(Value::bool(
            text == title(text) && text.chars().any(unicode::is_cased),
        )),
        "title" => out(title(text)),
        "capitalize" => {
            let mut chars = text.chars();
            let mut capitalized = String::with_capacity(text.len());
            if let Some(first) = chars.next() {
                unicode::push_title_case(&mut capitalized, first);
                capitalized.push_str(&chars.as_str().to_lowercase());
            }
            out(capitalized)
        }
        "partition" | "rpartition" => {
            let sep =
                str_arg(vm, arg(vm, args, 0, &format!("str.{name}"))?, "must be str")?.to_string();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let found = if name == "partition" {
                text.find(&sep)
            } else {
                text.rfind(&sep)
            };
            Ok(Value::tuple(match found {
                Some(i) => vec![
                    Value::str(&text[..i]),
                    Value::str(sep.as_str()),
                    Value::str(&text[i + sep.len()..]),
                ],
                None if name == "partition" => {
                    vec![Value::str(text), Value::str(""), Value::str("")]
                }
                None => vec![Value::str(""), Value::str(""), Value::str(text)],
            }))
        }
        "zfill" => {
            let width = as_i64(arg(vm, args, 0, "str.zfill")?).unwrap_or(0).max(0) as usize;
            vm.reserve(width)?;
            if s.chars >= width {
                return out(text.to_string());
            }
            let pad = "0".repeat(width - s.chars);
            out(match text.chars().next() {
                Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &text[1..]),
                _ => format!("{pad}{text}"),
            })
        }
        "center" | "ljust" | "rjust" => {
            let width = as_i64(arg(vm, args, 0, name)?).unwrap_or(0).max(0) as usize;
            vm.reserve(width * 4)?;
            let fill = match args.get(1) {
                Some(Value::Str(f)) if f.chars == 1 => f.s.chars().next().unwrap_or(' '),
                Some(_) => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
                None => ' ',
            };
            if s.chars >= width {
                return out(text.to_string());
            }
            let total = width - s.chars;
            let (left, right) = match name {
                "ljust" => (0, total),
                "rjust" => (total, 0),
                _ => {
                    let left = total / 2 + (total & width & 1);
                    (left, total - left)
                }
            };
            let f = fill.to_string();
            out(format!("{}{}{}", f.repeat(left), text, f.repeat(right)))
        }
        "removeprefix" => {
            let p = str_arg(vm, arg(vm, args, 0, "str.removeprefix")?, "must be str")?;
            out(text.strip_prefix(p).unwrap_or(text).to_string())
        }
        "removesuffix" => {
            let p = str_arg(vm, arg(vm, args, 0, "str.removesuffix")?, "must be str")?;
            out(text.strip_suffix(p).unwrap_or(text).to_string())
        }
        "expandtabs" => {
            let tabsize = match args.first().or_else(|| {
                kw.iter()
                    .find(|(k, _)| k.as_ref() == "tabsize")
                    .map(|(_, v)| v)
            }) {
                None => 8,
                Some(v) => as_i64(v).ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ))
                })?,
            };
            out(expand_tabs(vm, text, tabsize)?)
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'str' object has no attribute '{name}'"),
        )),
    }
}

/// `str.expandtabs`: a tab moves to the next multiple of `tabsize`
/// columns, counted from the last line break.
fn expand_tabs(vm: &mut Vm, text: &str, tabsize: i64) -> Result<String, Error> {
    let tabsize = tabsize.max(0) as usize;
    let mut out = String::with_capacity(text.len());
    let mut column = 0usize;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    vm.reserve(spaces)?;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_cased = false;
    for c in text.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            unicode::push_title_case(&mut out, c);
        }
        prev_cased = unicode::is_cased(c);
    }
    out
}

/// CPython 3.11's per-character answers for the str predicates and title
/// case (Unicode 14), from the generated tables in `str_tables.rs`.
mod unicode {
    use crate::str_tables::{ALPHA, CASED, CASEFOLD, DECIMAL, DIGIT, NUMERIC, TITLE};
    use std::cmp::Ordering;

    /// The range of `ranges` that holds `c`.
    fn range_of(ranges: &[(u32, u32)], c: char) -> Option<(u32, u32)> {
        let cp = c as u32;
        let i = ranges
            .binary_search_by(|&(first, last)| {
                if last < cp {
                    Ordering::Less
                } else if first > cp {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            })
            .ok()?;
        ranges.get(i).copied()
    }

    /// `ascii(c)` for ASCII characters, the table otherwise.
    fn either(c: char, ascii: fn(&char) -> bool, ranges: &[(u32, u32)]) -> bool {
        if c.is_ascii() {
            ascii(&c)
        } else {
            range_of(ranges, c).is_some()
        }
    }

    /// The value of a decimal digit of any script (each run of them in
    /// the table starts at a zero).
    pub fn decimal_value(c: char) -> Option<u32> {
        if c.is_ascii_digit() {
            return Some(c as u32 - '0' as u32);
        }
        range_of(DECIMAL, c).map(|(first, _)| (c as u32 - first) % 10)
    }

    pub fn is_decimal(c: char) -> bool {
        either(c, char::is_ascii_digit, DECIMAL)
    }

    pub fn is_digit(c: char) -> bool {
        either(c, char::is_ascii_digit, DIGIT)
    }

    pub fn is_numeric(c: char) -> bool {
        either(c, char::is_ascii_digit, NUMERIC)
    }

    pub fn is_alpha(c: char) -> bool {
        either(c, char::is_ascii_alphabetic, ALPHA)
    }

    /// Lower, upper or title case: what `str.title` looks back at.
    pub fn is_cased(c: char) -> bool {
        either(c, char::is_ascii_alphabetic, CASED)
    }

    /// Appends `c` as `table` maps it, or as `otherwise` does when the
    /// table does not list it.
    fn push_mapped<I: Iterator<Item = char>>(
        out: &mut String,
        c: char,
        table: &[(char, &str)],
        otherwise: fn(char) -> I,
    ) {
        match table.binary_search_by(|(from, _)| from.cmp(&c)) {
            Ok(i) => out.push_str(table.get(i).map(|(_, to)| *to).unwrap_or_default()),
            Err(_) => out.extend(otherwise(c)),
        }
    }

    /// Appends `c` case-folded (its lower case, except for the characters
    /// the table lists: `ß` folds to `ss`).
    pub fn push_case_folded(out: &mut String, c: char) {
        push_mapped(out, c, CASEFOLD, char::to_lowercase);
    }

    /// Appends `c` in title case (its upper case, except for the digraphs
    /// and the few other characters the table lists).
    pub fn push_title_case(out: &mut String, c: char) {
        push_mapped(out, c, TITLE, char::to_uppercase);
    }
}
