//! The `json` module: `dumps` and `loads` with CPython's options, texts and
//! error messages.

use std::rc::Rc;

use sym_vm::value::{Class, Key, identity, new_dict_map, type_name};
use sym_vm::{Error, Value, Vm, ops};

use crate::pyjson::float_repr;
use crate::util::{arg, kwarg};

pub struct DumpOptions {
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub skipkeys: bool,
    pub sort_keys: bool,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub default: Option<Value>,
}

impl DumpOptions {
    pub fn plain() -> DumpOptions {
        DumpOptions {
            ensure_ascii: true,
            allow_nan: true,
            skipkeys: false,
            sort_keys: false,
            indent: None,
            item_sep: ", ".into(),
            key_sep: ": ".into(),
            default: None,
        }
    }
}

fn write_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(vm: &Vm, f: f64, opts: &DumpOptions) -> Result<String, Error> {
    if f.is_finite() {
        return Ok(float_repr(f));
    }
    if !opts.allow_nan {
        return Err(vm.new_exception(
            "ValueError",
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

pub fn dumps(vm: &mut Vm, v: &Value, opts: &DumpOptions) -> Result<String, Error> {
    let mut out = String::new();
    let mut stack = Vec::new();
    dump(vm, v, opts, 0, &mut stack, &mut out)?;
    Ok(out)
}

fn newline(out: &mut String, opts: &DumpOptions, level: usize) {
    if let Some(ind) = &opts.indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(ind);
        }
    }
}

fn dump(
    vm: &mut Vm,
    v: &Value,
    opts: &DumpOptions,
    level: usize,
    stack: &mut Vec<usize>,
    out: &mut String,
) -> Result<(), Error> {
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(1) => out.push_str("true"),
        Value::Bool(0) => out.push_str("false"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&b.to_string()),
        Value::Float(f) => out.push_str(&float_text(vm, f.get(), opts)?),
        Value::Str(s) => write_str(out, &s.s, opts.ensure_ascii),
        Value::Host(h) if h.as_any().is::<crate::enums::EnumMember>() => {
            if let Some(text) = crate::enums::text_of(v) {
                write_str(out, text, opts.ensure_ascii);
            }
        }
        Value::List(_) | Value::Tuple(_) => {
            let items = match v {
                Value::List(l) => l.items.borrow().clone(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => Vec::new(),
            };
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            let id = identity(v);
            if stack.contains(&id) {
                return Err(vm.new_exception("ValueError", "Circular reference detected"));
            }
            stack.push(id);
            out.push('[');
            let sep = if opts.indent.is_some() {
                opts.item_sep.trim_end().to_string()
            } else {
                opts.item_sep.clone()
            };
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                newline(out, opts, level + 1);
                dump(vm, item, opts, level + 1, stack, out)?;
            }
            newline(out, opts, level);
            out.push(']');
            stack.pop();
        }
        Value::Dict(d) => {
            let mut pairs: Vec<(Value, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone()))
                .collect();
            if pairs.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            let id = identity(v);
            if stack.contains(&id) {
                return Err(vm.new_exception("ValueError", "Circular reference detected"));
            }
            stack.push(id);
            if opts.sort_keys {
                let mut err = None;
                let mut sorted: Vec<(Value, Value)> = Vec::with_capacity(pairs.len());
                for p in pairs.drain(..) {
                    let mut pos = sorted.len();
                    for (i, q) in sorted.iter().enumerate() {
                        match ops::less_than(vm, &p.0, &q.0) {
                            Ok(true) => {
                                pos = i;
                                break;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                err = Some(e);
                                break;
                            }
                        }
                    }
                    if let Some(e) = err.take() {
                        return Err(e);
                    }
                    sorted.insert(pos, p);
                }
                pairs = sorted;
            }
            out.push('{');
            let sep = if opts.indent.is_some() {
                opts.item_sep.trim_end().to_string()
            } else {
                opts.item_sep.clone()
            };
            let mut first = true;
            for (k, item) in &pairs {
                let key = match k {
                    Value::Str(s) => s.s.to_string(),
                    member if crate::enums::as_member(member).is_some() => {
                        crate::enums::text_of(member)
                            .unwrap_or_default()
                            .to_string()
                    }
                    Value::Bool(1) => "true".into(),
                    Value::Bool(0) => "false".into(),
                    Value::None => "null".into(),
                    Value::Int(i) => i.to_string(),
                    Value::BigInt(b) => b.to_string(),
                    Value::Float(f) => float_text(vm, f.get(), opts)?,
                    other => {
                        if opts.skipkeys {
                            continue;
                        }
                        return Err(vm.new_exception(
                            "TypeError",
                            format!(
                                "keys must be str, int, float, bool or None, not {}",
                                type_name(other)
                            ),
                        ));
                    }
                };
                if !first {
                    out.push_str(&sep);
                }
                first = false;
                newline(out, opts, level + 1);
                write_str(out, &key, opts.ensure_ascii);
                out.push_str(&opts.key_sep);
                dump(vm, item, opts, level + 1, stack, out)?;
            }
            newline(out, opts, level);
            out.push('}');
            stack.pop();
        }
        other => {
            let Some(default) = opts.default.clone() else {
                return Err(vm.new_exception(
                    "TypeError",
                    format!(
                        "Object of type {} is not JSON serializable",
                        type_name(other)
                    ),
                ));
            };
            let id = identity(v);
            if stack.contains(&id) {
                return Err(vm.new_exception("ValueError", "Circular reference detected"));
            }
            stack.push(id);
            let replaced = vm.call(&default, std::slice::from_ref(other), &[])?;
            dump(vm, &replaced, opts, level, stack, out)?;
            stack.pop();
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ loads

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    text: &'a str,
}

pub struct DecodeError {
    pub msg: String,
    pub pos: usize,
}

impl DecodeError {
    pub fn render(&self, chars: &[char]) -> String {
        let before = &chars[..self.pos.min(chars.len())];
        let line = before.iter().filter(|c| **c == '\n').count() + 1;
        let col = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => self.pos - nl,
            None => self.pos + 1,
        };
        format!(
            "{}: line {} column {} (char {})",
            self.msg, line, col, self.pos
        )
    }
}

fn derr<T>(msg: &str, pos: usize) -> Result<T, DecodeError> {
    Err(DecodeError {
        msg: msg.to_string(),
        pos,
    })
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while matches!(self.chars.get(self.pos), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }
    fn value(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        let _ = self.text;
        match self.chars.get(self.pos) {
            Some('"') => {
                let s = self.string()?;
                Ok(Value::str(s))
            }
            Some('{') => self.object(vm),
            Some('[') => self.array(vm),
            Some('n') if self.starts("null") => {
                self.pos += 4;
                Ok(Value::None)
            }
            Some('t') if self.starts("true") => {
                self.pos += 4;
                Ok(Value::Bool(1))
            }
            Some('f') if self.starts("false") => {
                self.pos += 5;
                Ok(Value::Bool(0))
            }
            Some('N') if self.starts("NaN") => {
                self.pos += 3;
                Ok(Value::float(f64::NAN))
            }
            Some('I') if self.starts("Infinity") => {
                self.pos += 8;
                Ok(Value::float(f64::INFINITY))
            }
            Some('-') if self.starts("-Infinity") => {
                self.pos += 9;
                Ok(Value::float(f64::NEG_INFINITY))
            }
            Some(c) if *c == '-' || c.is_ascii_digit() => self.number(),
            _ => derr("Expecting value", self.pos),
        }
    }
    fn starts(&self, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(i, c)| self.chars.get(self.pos + i) == Some(&c))
    }
    fn number(&mut self) -> Result<Value, DecodeError> {
        let start = self.pos;
        if self.chars.get(self.pos) == Some(&'-') {
            self.pos += 1;
        }
        match self.chars.get(self.pos) {
            Some('0') => self.pos += 1,
            Some(c) if c.is_ascii_digit() => {
                while matches!(self.chars.get(self.pos), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            }
            _ => return derr("Expecting value", start),
        }
        let mut is_float = false;
        if self.chars.get(self.pos) == Some(&'.')
            && matches!(self.chars.get(self.pos + 1), Some(c) if c.is_ascii_digit())
        {
            is_float = true;
            self.pos += 1;
            while matches!(self.chars.get(self.pos), Some(c) if c.is_ascii_digit()) {
                self.pos += 1;
            }
        }
        if matches!(self.chars.get(self.pos), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.chars.get(self.pos), Some('+' | '-')) {
                self.pos += 1;
            }
            if matches!(self.chars.get(self.pos), Some(c) if c.is_ascii_digit()) {
                is_float = true;
                while matches!(self.chars.get(self.pos), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            return Ok(Value::float(text.parse().unwrap_or(f64::NAN)));
        }
        match text.parse::<i64>() {
            Ok(i) => Ok(Value::Int(i)),
            Err(_) => match text.parse::<num_bigint::BigInt>() {
                Ok(b) => Ok(Value::from_bigint(b)),
                Err(_) => derr("Expecting value", start),
            },
        }
    }
    fn string(&mut self) -> Result<String, DecodeError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(&c) = self.chars.get(self.pos) else {
                return derr("Unterminated string starting at", start);
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some(&e) = self.chars.get(self.pos + 1) else {
                        return derr("Unterminated string starting at", start);
                    };
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{08}'),
                        'f' => out.push('\u{0c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hex = |p: usize| -> Option<u32> {
                                let s: String = self.chars.get(p..p + 4)?.iter().collect();
                                if s.chars().all(|c| c.is_ascii_hexdigit()) {
                                    u32::from_str_radix(&s, 16).ok()
                                } else {
                                    None
                                }
                            };
                            let Some(u) = hex(self.pos + 2) else {
                                return derr("Invalid \\uXXXX escape", self.pos + 1);
                            };
                            let mut code = u;
                            if (0xd800..0xdc00).contains(&u)
                                && self.chars.get(self.pos + 6) == Some(&'\\')
                                && self.chars.get(self.pos + 7) == Some(&'u')
                                && let Some(low) = hex(self.pos + 8)
                                && (0xdc00..0xe000).contains(&low)
                            {
                                code = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                                self.pos += 6;
                            }
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            self.pos += 4;
                        }
                        _ => return derr("Invalid \\escape", self.pos),
                    }
                    self.pos += 2;
                }
                c if (c as u32) < 0x20 => return derr("Invalid control character at", self.pos),
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }
    fn array(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.chars.get(self.pos) == Some(&']') {
            self.pos += 1;
            return Ok(Value::list(items));
        }
        loop {
            self.ws();
            items.push(self.value(vm)?);
            self.ws();
            match self.chars.get(self.pos) {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(Value::list(items));
                }
                _ => return derr("Expecting ',' delimiter", self.pos),
            }
        }
    }
    fn object(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        self.pos += 1;
        let mut map = new_dict_map();
        self.ws();
        if self.chars.get(self.pos) == Some(&'}') {
            self.pos += 1;
            return Ok(Value::dict(map));
        }
        loop {
            self.ws();
            if self.chars.get(self.pos) != Some(&'"') {
                return derr(
                    "Expecting property name enclosed in double quotes",
                    self.pos,
                );
            }
            let key = self.string()?;
            self.ws();
            if self.chars.get(self.pos) != Some(&':') {
                return derr("Expecting ':' delimiter", self.pos);
            }
            self.pos += 1;
            self.ws();
            let v = self.value(vm)?;
            map.insert(Key(Value::str(key)), v);
            self.ws();
            match self.chars.get(self.pos) {
                Some(',') => {
                    self.pos += 1;
                    self.ws();
                    if self.chars.get(self.pos) != Some(&'"') {
                        return derr(
                            "Expecting property name enclosed in double quotes",
                            self.pos,
                        );
                    }
                }
                Some('}') => {
                    self.pos += 1;
                    return Ok(Value::dict(map));
                }
                _ => return derr("Expecting ',' delimiter", self.pos),
            }
        }
    }
}

/// Parses JSON text; the error is CPython's message with its position.
pub fn loads(vm: &mut Vm, text: &str) -> Result<Value, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut p = Parser {
        chars,
        pos: 0,
        text,
    };
    p.ws();
    let result = p.value(vm).and_then(|v| {
        p.ws();
        if p.pos < p.chars.len() {
            derr("Extra data", p.pos)
        } else {
            Ok(v)
        }
    });
    result.map_err(|e| e.render(&p.chars))
}

fn opts_from(vm: &mut Vm, k: &[(Rc<str>, Value)]) -> Result<DumpOptions, Error> {
    let mut o = DumpOptions::plain();
    for (name, v) in k {
        match &**name {
            "ensure_ascii" => o.ensure_ascii = v.truthy(),
            "allow_nan" => o.allow_nan = v.truthy(),
            "skipkeys" => o.skipkeys = v.truthy(),
            "sort_keys" => o.sort_keys = v.truthy(),
            "check_circular" | "cls" => {}
            "indent" => {
                o.indent = match v {
                    Value::None => None,
                    Value::Int(n) => Some(" ".repeat((*n).max(0) as usize)),
                    Value::Str(s) => Some(s.s.to_string()),
                    other => Some(ops::str_of(vm, other)?),
                }
            }
            "separators" => {
                if !v.is_none() {
                    let parts = vm.collect(v)?;
                    match (parts.first(), parts.get(1), parts.len()) {
                        (Some(Value::Str(a)), Some(Value::Str(b)), 2) => {
                            o.item_sep = a.s.to_string();
                            o.key_sep = b.s.to_string();
                        }
                        _ => {
                            return Err(vm.new_exception(
                                "ValueError",
                                "too many values to unpack (expected 2)".to_string(),
                            ));
                        }
                    }
                }
            }
            "default" => o.default = if v.is_none() { None } else { Some(v.clone()) },
            other => {
                return Err(vm.new_exception(
                    "TypeError",
                    format!("__init__() got an unexpected keyword argument '{other}'"),
                ));
            }
        }
    }
    if o.indent.is_some() && !k.iter().any(|(n, _)| &**n == "separators") {
        o.item_sep = ",".into();
    }
    Ok(o)
}

/// Sets the attributes CPython's `JSONDecodeError` carries (`msg`, `doc`,
/// `pos`, `lineno`, `colno`), read back from the message's position suffix.
fn decode_error_with_position(error: Error, message: &str, doc: &str) -> Error {
    let Some(Value::Instance(instance)) = error.exception() else {
        return error;
    };
    let Some((msg, position)) = message.rsplit_once(": line ") else {
        return error;
    };
    let numbers: Vec<i64> = position
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|part| part.parse().ok())
        .collect();
    if let [lineno, colno, pos] = numbers[..] {
        let mut attrs = instance.attrs.borrow_mut();
        attrs.insert(Rc::from("msg"), Value::str(msg));
        attrs.insert(Rc::from("doc"), Value::str(doc));
        attrs.insert(Rc::from("pos"), Value::Int(pos));
        attrs.insert(Rc::from("lineno"), Value::Int(lineno));
        attrs.insert(Rc::from("colno"), Value::Int(colno));
    }
    error
}

pub fn module(vm: &mut Vm) -> Value {
    let value_error = vm.exception_class("ValueError");
    let decode_error: Option<Rc<Class>> =
        value_error.map(|b| vm.new_exception_class("JSONDecodeError", &b));
    let dumps_fn = vm.native("dumps", |vm, a, k| {
        let obj = arg(a, k, 0, "obj").ok_or_else(|| {
            vm.new_exception(
                "TypeError",
                "dumps() missing 1 required positional argument: 'obj'",
            )
        })?;
        if a.len() > 1 {
            return Err(vm.new_exception(
                "TypeError",
                format!(
                    "dumps() takes 1 positional argument but {} were given",
                    a.len()
                ),
            ));
        }
        let kw: Vec<(Rc<str>, Value)> = k.iter().filter(|(n, _)| &**n != "obj").cloned().collect();
        let opts = opts_from(vm, &kw)?;
        Ok(Value::str(dumps(vm, &obj, &opts)?))
    });
    let de = decode_error.clone();
    let loads_fn = vm.native("loads", move |vm, a, k| {
        let s = arg(a, k, 0, "s").ok_or_else(|| {
            vm.new_exception(
                "TypeError",
                "loads() missing 1 required positional argument: 's'",
            )
        })?;
        let text: String = match &s {
            Value::Str(text) => text.s.to_string(),
            // Bytes are read as UTF-8 (a leading byte order mark skipped),
            // the encoding JSON text from a response almost always has.
            Value::Bytes(data) => {
                let data = data
                    .data
                    .strip_prefix(b"\xef\xbb\xbf")
                    .unwrap_or(&data.data);
                sym_vm::decode_utf8(vm, data)?
            }
            _ => {
                return Err(vm.new_exception(
                    "TypeError",
                    format!(
                        "the JSON object must be str, bytes or bytearray, not {}",
                        type_name(&s)
                    ),
                ));
            }
        };
        let _ = kwarg(k, "strict");
        loads(vm, &text).map_err(|msg| match &de {
            Some(cls) => decode_error_with_position(vm.raise_class(cls, msg.clone()), &msg, &text),
            None => vm.new_exception("ValueError", msg),
        })
    });
    let unsupported = |vm: &Vm, name: &'static str| {
        vm.native(name, move |vm, _, _| {
            Err(vm.new_exception(
                "TypeError",
                format!("json.{name}() needs a file, and a run has none"),
            ))
        })
    };
    let mut members = vec![
        ("dumps", dumps_fn),
        ("loads", loads_fn),
        ("dump", unsupported(vm, "dump")),
        ("load", unsupported(vm, "load")),
    ];
    if let Some(cls) = decode_error {
        members.push(("JSONDecodeError", Value::Class(cls)));
    }
    vm.new_module("json", members)
}
