//! `bytes`: `str.encode`, `bytes.decode` and the bytes methods, with
//! CPython's codec names, error handlers and messages for the codecs a
//! handler meets (UTF-8, ASCII, Latin-1).

use std::rc::Rc;

use crate::Value;
use crate::interp::{Error, Vm};
use crate::value::{PyBytes, type_name};

/// The methods of `bytes`.
pub(crate) const BYTES_METHODS: &[&str] = &[
    "decode",
    "hex",
    "startswith",
    "endswith",
    "find",
    "count",
    "upper",
    "lower",
    "strip",
    "replace",
    "split",
];

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec CPython's lookup finds for `name` (case, `-` and `_`
    /// ignored), or LookupError.
    fn named(vm: &Vm, name: &str) -> Result<Codec, Error> {
        let key: String = name
            .chars()
            .filter(|c| *c != '-' && *c != '_' && *c != ' ')
            .flat_map(char::to_lowercase)
            .collect();
        match key.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "usascii" | "646" => Ok(Codec::Ascii),
            "latin1" | "latin" | "iso88591" | "l1" | "8859" | "cp819" | "iso8859" => {
                Ok(Codec::Latin1)
            }
            _ => Err(vm.new_exception("LookupError", format!("unknown encoding: {name}"))),
        }
    }
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// The largest code point the codec encodes.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x7F,
            Codec::Latin1 => 0xFF,
        }
    }
}

#[derive(Clone, PartialEq)]
enum OnError {
    Strict,
    Ignore,
    Replace,
    /// A name CPython only looks up (and refuses) when an error happens.
    Unknown(String),
}

impl OnError {
    fn named(name: &str) -> OnError {
        match name {
            "strict" => OnError::Strict,
            "ignore" => OnError::Ignore,
            "replace" => OnError::Replace,
            _ => OnError::Unknown(name.to_string()),
        }
    }
    /// The error for an unknown handler meeting its first error.
    fn unknown(vm: &Vm, name: &str) -> Error {
        vm.new_exception(
            "LookupError",
            format!("unknown error handler name '{name}'"),
        )
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`, given by
/// position or keyword.
fn codec_args(
    vm: &Vm,
    method: &str,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> Result<(Codec, OnError), Error> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "{method}() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut encoding = args.first();
    let mut errors = args.get(1);
    for (name, value) in kw {
        match &**name {
            "encoding" if encoding.is_none() => encoding = Some(value),
            "errors" if errors.is_none() => errors = Some(value),
            "encoding" | "errors" => {
                return Err(vm.type_error(format!(
                    "argument for {method}() given by name ('{name}') and position"
                )));
            }
            other => {
                return Err(vm.type_error(format!(
                    "{method}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let text = |v: Option<&Value>, which: &str, default: &'static str| match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.s.to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{method}() argument '{which}' must be str, not {}",
            type_name(other)
        ))),
    };
    let codec = Codec::named(vm, &text(encoding, "encoding", "utf-8")?)?;
    let on_error = OnError::named(&text(errors, "errors", "strict")?);
    Ok((codec, on_error))
}

/// `text.encode(encoding='utf-8', errors='strict')`.
pub(crate) fn encode(
    vm: &mut Vm,
    text: &str,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> Result<Value, Error> {
    let (codec, on_error) = codec_args(vm, "encode", args, kw)?;
    vm.reserve(text.len())?;
    if codec == Codec::Utf8 {
        return Ok(Value::bytes(text.as_bytes()));
    }
    let mut out = Vec::with_capacity(text.len());
    for (position, c) in text.chars().enumerate() {
        if (c as u32) <= codec.limit() {
            out.push(c as u32 as u8);
            continue;
        }
        match &on_error {
            OnError::Ignore => {}
            OnError::Replace => out.push(b'?'),
            OnError::Unknown(name) => return Err(OnError::unknown(vm, name)),
            OnError::Strict => {
                let shown = crate::ops::ascii_of(&crate::ops::str_repr(&c.to_string()));
                let limit = if codec == Codec::Ascii { 128 } else { 256 };
                return Err(vm.new_exception(
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec can't encode character {shown} in position {position}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
        }
    }
    Ok(Value::bytes(out))
}

/// `data.decode(encoding='utf-8', errors='strict')`.
fn decode(
    vm: &mut Vm,
    data: &[u8],
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> Result<Value, Error> {
    let (codec, on_error) = codec_args(vm, "decode", args, kw)?;
    vm.reserve(data.len().saturating_mul(2))?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Latin1 => out.extend(data.iter().map(|b| *b as char)),
        Codec::Ascii => {
            for (position, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match &on_error {
                        OnError::Ignore => {}
                        OnError::Replace => out.push('\u{FFFD}'),
                        OnError::Unknown(name) => return Err(OnError::unknown(vm, name)),
                        OnError::Strict => {
                            return Err(vm.new_exception(
                                "UnicodeDecodeError",
                                format!(
                                    "'ascii' codec can't decode byte 0x{b:02x} in position {position}: ordinal not in range(128)"
                                ),
                            ));
                        }
                    }
                }
            }
        }
        Codec::Utf8 => decode_utf8_into(vm, data, &on_error, &mut out)?,
    }
    Ok(Value::str(out))
}

/// `data.decode()`: UTF-8, strict, with CPython's UnicodeDecodeError
/// messages (for the runtime's `json.loads` of bytes too).
pub fn decode_utf8(vm: &Vm, data: &[u8]) -> Result<String, Error> {
    let mut out = String::with_capacity(data.len());
    decode_utf8_into(vm, data, &OnError::Strict, &mut out)?;
    Ok(out)
}

/// Appends `data` decoded as UTF-8, invalid sequences handled as
/// `on_error` says.
fn decode_utf8_into(
    vm: &Vm,
    data: &[u8],
    on_error: &OnError,
    out: &mut String,
) -> Result<(), Error> {
    let mut rest = data;
    let mut offset = 0;
    loop {
        let e = match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                return Ok(());
            }
            Err(e) => e,
        };
        let good = e.valid_up_to();
        let (valid, bad) = rest.split_at(good);
        out.push_str(std::str::from_utf8(valid).unwrap_or_default());
        // The length of the invalid sequence (to its end when the data
        // stops inside a character).
        let skip = e.error_len().unwrap_or(bad.len()).max(1);
        match on_error {
            OnError::Ignore => {}
            OnError::Replace => out.push('\u{FFFD}'),
            OnError::Unknown(name) => return Err(OnError::unknown(vm, name)),
            OnError::Strict => {
                let first = bad.first().copied().unwrap_or(0);
                let position = offset + good;
                let reason = utf8_reason(bad, e.error_len().is_none());
                let span = if e.error_len().is_none() && bad.len() > 1 {
                    format!("bytes in position {position}-{}", position + bad.len() - 1)
                } else {
                    format!("byte 0x{first:02x} in position {position}")
                };
                return Err(vm.new_exception(
                    "UnicodeDecodeError",
                    format!("'utf-8' codec can't decode {span}: {reason}"),
                ));
            }
        }
        offset += good + skip;
        rest = bad.get(skip..).unwrap_or_default();
    }
}

/// CPython's reason for an invalid UTF-8 sequence starting at `bad`.
fn utf8_reason(bad: &[u8], at_end: bool) -> &'static str {
    let first = bad.first().copied().unwrap_or(0);
    let starts = matches!(first, 0xC2..=0xF4);
    if !starts {
        "invalid start byte"
    } else if at_end {
        "unexpected end of data"
    } else {
        "invalid continuation byte"
    }
}

/// A bytes argument of a bytes method.
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> Result<&'a [u8], Error> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(other)
        ))),
    }
}

/// Where `needle` first occurs in `hay` (an empty needle at 0).
pub(crate) fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The parts of `data` between the non-overlapping occurrences of `sep`
/// (not empty), from the left: what `split`, `count` and `replace` share.
fn pieces<'a>(data: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(i) = find_in(rest, sep) {
        parts.push(rest.get(..i).unwrap_or_default());
        rest = rest.get(i + sep.len()..).unwrap_or_default();
    }
    parts.push(rest);
    parts
}

/// The bytes `strip()` and `split()` treat as whitespace.
const ASCII_SPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn exactly(vm: &Vm, method: &str, args: &[Value], n: usize) -> Result<(), Error> {
    if args.len() == n {
        return Ok(());
    }
    Err(vm.type_error(match n {
        0 => format!("bytes.{method}() takes no arguments ({} given)", args.len()),
        _ => format!(
            "{method}() takes exactly {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            args.len()
        ),
    }))
}

/// Calls the bytes method `name`.
pub(crate) fn bytes_method(
    vm: &mut Vm,
    b: &Rc<PyBytes>,
    name: &str,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> Result<Value, Error> {
    let data: &[u8] = &b.data;
    match name {
        "decode" => decode(vm, data, args, kw),
        "hex" => {
            exactly(vm, "hex", args, 0)?;
            let mut out = String::with_capacity(data.len() * 2);
            for byte in data {
                out.push_str(&format!("{byte:02x}"));
            }
            Ok(Value::str(out))
        }
        "startswith" | "endswith" => {
            exactly(vm, name, args, 1)?;
            let candidates: Vec<&[u8]> = match args.first() {
                Some(Value::Tuple(t)) => t
                    .items
                    .iter()
                    .map(|v| bytes_arg(vm, v))
                    .collect::<Result<_, _>>()?,
                Some(Value::Bytes(p)) => vec![&p.data[..]],
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "{name} first arg must be bytes or a tuple of bytes, not {}",
                        type_name(other)
                    )));
                }
                None => vec![],
            };
            Ok(Value::bool(candidates.iter().any(|p| {
                if name == "startswith" {
                    data.starts_with(p)
                } else {
                    data.ends_with(p)
                }
            })))
        }
        "find" => {
            exactly(vm, "find", args, 1)?;
            let needle = bytes_arg(vm, args.first().unwrap_or(&Value::None))?;
            Ok(Value::Int(
                find_in(data, needle).map(|i| i as i64).unwrap_or(-1),
            ))
        }
        "count" => {
            exactly(vm, "count", args, 1)?;
            let needle = bytes_arg(vm, args.first().unwrap_or(&Value::None))?;
            if needle.is_empty() {
                return Ok(Value::Int(data.len() as i64 + 1));
            }
            Ok(Value::Int(pieces(data, needle).len() as i64 - 1))
        }
        "upper" => {
            exactly(vm, "upper", args, 0)?;
            Ok(Value::bytes(data.to_ascii_uppercase()))
        }
        "lower" => {
            exactly(vm, "lower", args, 0)?;
            Ok(Value::bytes(data.to_ascii_lowercase()))
        }
        "strip" => {
            let strip: Vec<u8> = match args {
                [] | [Value::None] => ASCII_SPACE.to_vec(),
                [chars] => bytes_arg(vm, chars)?.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "strip expected at most 1 argument, got {}",
                        args.len()
                    )));
                }
            };
            let start = data.iter().position(|c| !strip.contains(c));
            let end = data.iter().rposition(|c| !strip.contains(c));
            Ok(Value::bytes(match (start, end) {
                (Some(s), Some(e)) => data.get(s..=e).unwrap_or_default().to_vec(),
                _ => Vec::new(),
            }))
        }
        "replace" => {
            let [old, new] = args else {
                return Err(
                    vm.type_error(format!("replace expected 2 arguments, got {}", args.len()))
                );
            };
            let (old, new) = (bytes_arg(vm, old)?, bytes_arg(vm, new)?);
            let out = if old.is_empty() {
                let mut out = Vec::with_capacity(data.len() * (new.len() + 1) + new.len());
                for byte in data {
                    out.extend_from_slice(new);
                    out.push(*byte);
                }
                out.extend_from_slice(new);
                out
            } else {
                pieces(data, old).join(new)
            };
            vm.reserve(out.len())?;
            Ok(Value::bytes(out))
        }
        "split" => {
            let parts: Vec<Value> = match args {
                [] | [Value::None] => data
                    .split(|c| ASCII_SPACE.contains(c))
                    .filter(|p| !p.is_empty())
                    .map(Value::bytes)
                    .collect(),
                [sep] => {
                    let sep = bytes_arg(vm, sep)?;
                    if sep.is_empty() {
                        return Err(vm.value_error("empty separator"));
                    }
                    pieces(data, sep).into_iter().map(Value::bytes).collect()
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "split() takes at most 1 argument ({} given)",
                        args.len()
                    )));
                }
            };
            Ok(Value::list(parts))
        }
        _ => Err(vm.new_exception(
            "AttributeError",
            format!("'bytes' object has no attribute '{name}'"),
        )),
    }
}
