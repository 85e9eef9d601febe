//! Format specs (f-strings) and `%` formatting, as CPython does them.

use crate::interp::{Error, Vm};
use crate::ops::{self, as_f64};
use crate::value::*;

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &Vm, spec: &str) -> Result<Spec, Error> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i) {
        if matches!(c, '+' | '-' | ' ') {
            s.sign = c;
            i += 1;
        }
    }
    if chars.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
    }
    if let Some(&c) = chars.get(i) {
        if c == ',' || c == '_' {
            s.grouping = Some(c);
            i += 1;
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if let Some(&c) = chars.get(i) {
        s.ty = Some(c);
        i += 1;
    }
    if i < chars.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    if s.width > 10_000_000 {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    Ok(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn pad(spec: &Spec, body: String, sign: &str, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let n = spec.width - len;
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', '=')
    } else {
        (spec.fill, spec.align.unwrap_or(default_align))
    };
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

/// `format(value, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> Result<String, Error> {
    if spec.is_empty() {
        return ops::str_of(vm, v);
    }
    if let Value::Host(h) = v {
        if let Some(r) = h.clone().format(vm, spec) {
            return r;
        }
    }
    let s = parse_spec(vm, spec)?;
    match v {
        Value::Str(text) => {
            if let Some(t) = s.ty {
                if t != 's' {
                    return Err(vm.value_error(format!(
                        "Unknown format code '{t}' for object of type 'str'"
                    )));
                }
            }
            if s.sign != '-' {
                return Err(vm.value_error("Sign not allowed in string format specifier"));
            }
            let body: String = match s.precision {
                Some(p) => text.s.chars().take(p).collect(),
                None => text.s.to_string(),
            };
            Ok(pad(&s, body, "", '<'))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let is_float_ty = matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
            if is_float_ty {
                return format_float(vm, &s, as_f64(v).unwrap_or(0.0));
            }
            if matches!(v, Value::Bool(_)) && s.ty.is_none() {
                return Ok(pad(&s, ops::str_of(vm, v)?, "", '<'));
            }
            if s.precision.is_some() {
                return Err(vm.value_error("Precision not allowed in integer format specifier"));
            }
            let b = ops::as_big(v).unwrap_or_default();
            let neg = b.sign() == num_bigint::Sign::Minus;
            let mag = b.magnitude();
            let (digits, prefix) = match s.ty {
                None | Some('d') | Some('n') => (mag.to_string(), ""),
                Some('x') => (mag.to_str_radix(16), "0x"),
                Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
                Some('o') => (mag.to_str_radix(8), "0o"),
                Some('b') => (mag.to_str_radix(2), "0b"),
                Some('c') => {
                    let c = num_traits::ToPrimitive::to_u32(&b)
                        .and_then(char::from_u32)
                        .unwrap_or('\0');
                    return Ok(pad(&s, c.to_string(), "", '<'));
                }
                Some(t) => {
                    return Err(vm.value_error(format!(
                        "Unknown format code '{t}' for object of type 'int'"
                    )));
                }
            };
            let digits = match s.grouping {
                Some(g) => group(
                    &digits,
                    g,
                    if matches!(s.ty, Some('x' | 'X' | 'o' | 'b')) {
                        4
                    } else {
                        3
                    },
                ),
                None => digits,
            };
            let sign = if neg {
                "-"
            } else if s.sign == '+' {
                "+"
            } else if s.sign == ' ' {
                " "
            } else {
                ""
            };
            let sign = format!("{sign}{}", if s.alt { prefix } else { "" });
            Ok(pad(&s, digits, &sign, '>'))
        }
        Value::Float(f) => format_float(vm, &s, f.get()),
        other => {
            let text = ops::str_of(vm, other)?;
            if s.ty.is_some() || s.sign != '-' || s.precision.is_some() {
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(other)
                )));
            }
            Ok(pad(&s, text, "", '<'))
        }
    }
}

fn exp_form(mantissa_exp: &str, upper: bool) -> String {
    // Rust's "1.5e3" -> "1.5e+03"
    let (m, e) = mantissa_exp.split_once('e').unwrap_or((mantissa_exp, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let s = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper { s.to_uppercase() } else { s }
}

fn format_g(f: f64, precision: usize, alt: bool, upper: bool, repr_like: bool) -> String {
    let p = precision.max(1);
    let sci = format!("{:.*e}", p - 1, f);
    let exp: i32 = sci
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let mut out = if -4 <= exp && exp < limit {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut s = format!("{:.*}", decimals, f);
        if !alt && s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if repr_like && !s.contains('.') {
            s.push_str(".0");
        }
        s
    } else {
        let mut m = format!("{:.*e}", p - 1, f);
        if !alt {
            if let Some((mant, e)) = m.split_once('e') {
                let mant = if mant.contains('.') {
                    mant.trim_end_matches('0').trim_end_matches('.')
                } else {
                    mant
                };
                m = format!("{mant}e{e}");
            }
        }
        exp_form(&m, false)
    };
    if upper {
        out = out.to_uppercase();
    }
    out
}

fn format_float(vm: &Vm, s: &Spec, f: f64) -> Result<String, Error> {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let body = if a.is_nan() || a.is_infinite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(s.ty, Some('E' | 'F' | 'G')) {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match s.ty {
            Some('f') | Some('F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('e') | Some('E') => exp_form(
                &format!("{:.*e}", s.precision.unwrap_or(6), a),
                s.ty == Some('E'),
            ),
            Some('g') | Some('G') | Some('n') => {
                format_g(a, s.precision.unwrap_or(6), s.alt, s.ty == Some('G'), false)
            }
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            None => match s.precision {
                None => ops::float_repr(a),
                Some(p) => format_g(a, p, s.alt, false, true),
            },
            Some(t) => {
                return Err(vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )));
            }
        }
    };
    let body = match s.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (body.as_str(), ""),
            };
            format!("{}{}", group(int_part, g, 3), rest)
        }
        None => body,
    };
    let sign = if neg {
        "-"
    } else if s.sign == '+' {
        "+"
    } else if s.sign == ' ' {
        " "
    } else {
        ""
    };
    Ok(pad(s, body, sign, '>'))
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> Result<String, Error> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.items.to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        other => (vec![other.clone()], None),
    };
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut next = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut key: Option<String> = None;
        if chars.get(i) == Some(&'(') {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            key = Some(chars[start..i.saturating_sub(1)].iter().collect());
        }
        let mut flags = String::new();
        while let Some(&f) = chars.get(i) {
            if "-+ #0".contains(f) {
                flags.push(f);
                i += 1;
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&d) = chars.get(i) {
            if d.is_ascii_digit() || d == '*' {
                width.push(d);
                i += 1;
            } else {
                break;
            }
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            while let Some(&d) = chars.get(i) {
                if d.is_ascii_digit() {
                    p.push(d);
                    i += 1;
                } else {
                    break;
                }
            }
            precision = Some(p.parse::<usize>().unwrap_or(0));
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match (&key, &mapping) {
            (Some(k), Some(m)) => ops::get_item(vm, m, &Value::str(k.as_str()))?,
            (Some(_), None) => return Err(vm.type_error("format requires a mapping")),
            (None, _) => {
                let v = items.get(next).cloned();
                next += 1;
                match v {
                    Some(v) => v,
                    None => return Err(vm.type_error("not enough arguments for format string")),
                }
            }
        };
        let mut spec = String::new();
        if flags.contains('-') {
            spec.push('<');
        } else {
            spec.push('>');
        }
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        if flags.contains('0') && !flags.contains('-') {
            spec = spec.replace('>', "");
            spec.push('0');
        }
        spec.push_str(&width);
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        let piece = match conv {
            's' => {
                let s = ops::str_of(vm, &value)?;
                format_value(vm, &Value::str(s), &spec)?
            }
            'r' | 'a' => {
                let mut s = ops::repr_of(vm, &value)?;
                if conv == 'a' {
                    s = ops::ascii_of(&s);
                }
                format_value(vm, &Value::str(s), &spec)?
            }
            'd' | 'i' | 'u' => {
                let n = match &value {
                    Value::Float(f) => Value::from_bigint(
                        num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default(),
                    ),
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => value.clone(),
                    other => {
                        return Err(vm.type_error(format!(
                            "%{conv} format: a real number is required, not {}",
                            type_name(other)
                        )));
                    }
                };
                let spec = spec.split('.').next().unwrap_or("").to_string();
                format_value(vm, &n, &format!("{spec}d"))?
            }
            'x' | 'X' | 'o' => {
                if !matches!(value, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    return Err(vm.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        type_name(&value)
                    )));
                }
                format_value(vm, &value, &format!("{spec}{conv}"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let Some(f) = as_f64(&value) else {
                    return Err(
                        vm.type_error(format!("must be real number, not {}", type_name(&value)))
                    );
                };
                let spec =
                    if precision.is_none() && matches!(conv, 'f' | 'F' | 'e' | 'E' | 'g' | 'G') {
                        format!("{spec}.6")
                    } else {
                        spec
                    };
                format_value(vm, &Value::float(f), &format!("{spec}{conv}"))?
            }
            'c' => match &value {
                Value::Str(s) => s.s.to_string(),
                other => {
                    let n = ops::as_i64(other).unwrap_or(0);
                    char::from_u32(n as u32)
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                }
            },
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
