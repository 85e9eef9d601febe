//! The `datetime` module: `datetime`, `date`, `timedelta` and `timezone`
//! with CPython 3.11's arithmetic, comparisons, reprs and formats. The clock
//! (`now()`, `utcnow()`, `today()`) is the world's `now`.

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use sym_vm::ir::BinOp;
use sym_vm::{Error, HostObject, Value, Vm};

use crate::isotime::{self, days_in_month, format_offset, is_leap};
use crate::models::namespace;
use crate::util::{arg, int_arg, kw_only_err};

const US_PER_DAY: i64 = 86_400_000_000;
const MAX_ORDINAL: i64 = 3_652_059; // 9999-12-31

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Days before the first of `month` in `year`.
fn days_before_month(year: i32, month: u32) -> i64 {
    (1..month).map(|m| days_in_month(year, m) as i64).sum()
}

/// Proleptic Gregorian ordinal, 0001-01-01 is 1.
pub fn ymd_to_ord(year: i32, month: u32, day: u32) -> i64 {
    let y = (year - 1) as i64;
    y * 365 + y / 4 - y / 100 + y / 400 + days_before_month(year, month) + day as i64
}

pub fn ord_to_ymd(ord: i64) -> (i32, u32, u32) {
    let mut n = ord - 1;
    let n400 = n.div_euclid(146_097);
    n = n.rem_euclid(146_097);
    let n100 = (n / 36_524).min(3);
    n -= n100 * 36_524;
    let n4 = n / 1461;
    n -= n4 * 1461;
    let n1 = (n / 365).min(3);
    n -= n1 * 365;
    let year = (n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1) as i32;
    let mut month = 1;
    while month < 12 && n >= days_before_month(year, month + 1) {
        month += 1;
    }
    let day = (n - days_before_month(year, month) + 1) as u32;
    (year, month, day)
}

/// A `datetime`: wall-clock microseconds since 0001-01-01 and an optional
/// fixed offset (a `timezone` tzinfo).
#[derive(Clone, Copy)]
pub struct DateTimeObj {
    pub wall: i64,
    pub offset: Option<i64>,
}

#[derive(Clone, Copy)]
pub struct DateObj {
    pub ord: i64,
}

#[derive(Clone, Copy)]
pub struct TimeDeltaObj {
    pub us: i64,
}

#[derive(Clone, Copy)]
pub struct TimeZoneObj {
    pub offset: i64,
}

struct Parts {
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    micro: u32,
}

impl DateTimeObj {
    pub fn from_iso(d: &isotime::DateTime) -> DateTimeObj {
        let ord = ymd_to_ord(d.year, d.month, d.day);
        let wall = (ord - 1) * US_PER_DAY
            + ((d.hour as i64 * 60 + d.minute as i64) * 60 + d.second as i64) * 1_000_000
            + d.microsecond as i64;
        DateTimeObj {
            wall,
            offset: d.offset_us,
        }
    }
    fn parts(&self) -> Parts {
        let days = self.wall.div_euclid(US_PER_DAY);
        let rest = self.wall.rem_euclid(US_PER_DAY);
        let (year, month, day) = ord_to_ymd(days + 1);
        let secs = rest / 1_000_000;
        Parts {
            year,
            month,
            day,
            hour: (secs / 3600) as u32,
            minute: (secs / 60 % 60) as u32,
            second: (secs % 60) as u32,
            micro: (rest % 1_000_000) as u32,
        }
    }
    fn utc(&self) -> i64 {
        self.wall - self.offset.unwrap_or(0)
    }
    pub fn isoformat(&self, sep: &str) -> String {
        let p = self.parts();
        let mut text = format!(
            "{:04}-{:02}-{:02}{sep}{:02}:{:02}:{:02}",
            p.year, p.month, p.day, p.hour, p.minute, p.second
        );
        if p.micro != 0 {
            text.push_str(&format!(".{:06}", p.micro));
        }
        if let Some(off) = self.offset {
            text.push_str(&format_offset(off, ":"));
        }
        text
    }
    pub fn value(self) -> Value {
        Value::host(self)
    }
}

fn in_range(vm: &Vm, wall: i64) -> Result<(), Error> {
    if !(0..MAX_ORDINAL * US_PER_DAY).contains(&wall) {
        return Err(vm.new_exception("OverflowError", "date value out of range"));
    }
    Ok(())
}

fn tz_value(offset: Option<i64>) -> Value {
    match offset {
        Some(o) => Value::host(TimeZoneObj { offset: o }),
        None => Value::None,
    }
}

fn tz_of(vm: &Vm, v: &Value) -> Result<Option<i64>, Error> {
    match v {
        Value::None => Ok(None),
        Value::Host(h) => match h.as_any().downcast_ref::<TimeZoneObj>() {
            Some(tz) => Ok(Some(tz.offset)),
            None => Err(vm.new_exception(
                "TypeError",
                "tzinfo argument must be None or of a tzinfo subclass",
            )),
        },
        other => Err(vm.new_exception(
            "TypeError",
            format!(
                "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
                sym_vm::value::type_name(other)
            ),
        )),
    }
}

fn as_td(v: &Value) -> Option<i64> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<TimeDeltaObj>().map(|t| t.us),
        _ => None,
    }
}
fn as_dt(v: &Value) -> Option<DateTimeObj> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<DateTimeObj>().copied(),
        _ => None,
    }
}
fn as_date(v: &Value) -> Option<i64> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<DateObj>().map(|d| d.ord),
        _ => None,
    }
}

fn td(us: i64) -> Value {
    Value::host(TimeDeltaObj { us })
}

fn method(
    vm: &Vm,
    name: &str,
    f: impl Fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> Result<Value, Error> + 'static,
) -> Value {
    vm.native(name, f)
}

// ------------------------------------------------------------------ strftime

fn strftime(p: &Parts, weekday: usize, yday: i64, offset: Option<i64>, fmt: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut pad = true;
        if chars.peek() == Some(&'-') {
            pad = false;
            chars.next();
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let num = |n: i64, w: usize| {
            if pad {
                format!("{n:0w$}")
            } else {
                n.to_string()
            }
        };
        let hour12 = if p.hour.is_multiple_of(12) {
            12
        } else {
            p.hour % 12
        };
        match d {
            'Y' => out.push_str(&format!("{}", p.year)),
            'y' => out.push_str(&num((p.year % 100) as i64, 2)),
            'm' => out.push_str(&num(p.month as i64, 2)),
            'd' => out.push_str(&num(p.day as i64, 2)),
            'e' => out.push_str(&format!("{:>2}", p.day)),
            'H' => out.push_str(&num(p.hour as i64, 2)),
            'I' => out.push_str(&num(hour12 as i64, 2)),
            'M' => out.push_str(&num(p.minute as i64, 2)),
            'S' => out.push_str(&num(p.second as i64, 2)),
            'f' => out.push_str(&format!("{:06}", p.micro)),
            'j' => out.push_str(&num(yday, 3)),
            'p' => out.push_str(if p.hour < 12 { "AM" } else { "PM" }),
            'b' | 'h' => out.push_str(&MONTHS[(p.month as usize).saturating_sub(1) % 12][..3]),
            'B' => out.push_str(MONTHS[(p.month as usize).saturating_sub(1) % 12]),
            'a' => out.push_str(&DAYS[weekday % 7][..3]),
            'A' => out.push_str(DAYS[weekday % 7]),
            'w' => out.push_str(&((weekday + 1) % 7).to_string()),
            'u' => out.push_str(&(weekday + 1).to_string()),
            // Week of the year with weeks starting on Sunday (U) or Monday (W).
            'U' => out.push_str(&num((yday - 1 + 7 - ((weekday as i64 + 1) % 7)) / 7, 2)),
            'W' => out.push_str(&num((yday - 1 + 7 - weekday as i64) / 7, 2)),
            'G' | 'V' => {
                let (iso_year, iso_week, _) = iso_calendar(p.year, p.month, p.day);
                if d == 'G' {
                    out.push_str(&iso_year.to_string());
                } else {
                    out.push_str(&num(iso_week, 2));
                }
            }
            'z' => {
                if let Some(o) = offset {
                    out.push_str(&format_offset(o, ""));
                }
            }
            'Z' => {
                if let Some(o) = offset {
                    out.push_str(&tz_name(o));
                }
            }
            'F' => out.push_str(&format!("{}-{:02}-{:02}", p.year, p.month, p.day)),
            'T' => out.push_str(&format!("{:02}:{:02}:{:02}", p.hour, p.minute, p.second)),
            'D' | 'x' => out.push_str(&format!("{:02}/{:02}/{:02}", p.month, p.day, p.year % 100)),
            'X' => out.push_str(&format!("{:02}:{:02}:{:02}", p.hour, p.minute, p.second)),
            'R' => out.push_str(&format!("{:02}:{:02}", p.hour, p.minute)),
            'c' => out.push_str(&format!(
                "{} {} {:>2} {:02}:{:02}:{:02} {}",
                &DAYS[weekday % 7][..3],
                &MONTHS[(p.month as usize).saturating_sub(1) % 12][..3],
                p.day,
                p.hour,
                p.minute,
                p.second,
                p.year
            )),
            '%' => out.push('%'),
            other => {
                out.push('%');
                if !pad {
                    out.push('-');
                }
                out.push(other);
            }
        }
    }
    out
}

/// ISO 8601 year, week and weekday (1 = Monday) of a date: the week
/// belongs to the year its Thursday falls in.
fn iso_calendar(year: i32, month: u32, day: u32) -> (i64, i64, i64) {
    let ord = ymd_to_ord(year, month, day);
    let weekday = weekday_of(ord) as i64;
    let thursday = ord - weekday + 3;
    let (iso_year, _, _) = ord_to_ymd(thursday);
    let week = (thursday - ymd_to_ord(iso_year, 1, 1)) / 7 + 1;
    (iso_year as i64, week, weekday + 1)
}

fn tz_name(offset: i64) -> String {
    if offset == 0 {
        "UTC".to_string()
    } else {
        format!("UTC{}", format_offset(offset, ":"))
    }
}

// ------------------------------------------------------------------ strptime

fn strptime(vm: &Vm, text: &str, fmt: &str) -> Result<DateTimeObj, Error> {
    let fail = || {
        vm.new_exception(
            "ValueError",
            format!(
                "time data {} does not match format {}",
                crate::input::py_str_repr(text),
                crate::input::py_str_repr(fmt)
            ),
        )
    };
    let (mut year, mut month, mut day, mut hour, mut minute, mut second, mut micro) =
        (1900i64, 1i64, 1i64, 0i64, 0i64, 0i64, 0i64);
    let mut pm: Option<bool> = None;
    let mut offset: Option<i64> = None;
    let t: Vec<char> = text.chars().collect();
    let mut i = 0usize;
    let mut f = fmt.chars().peekable();
    let take_num = |i: &mut usize, max: usize| -> Option<i64> {
        let start = *i;
        while *i < t.len() && *i - start < max && t[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == start {
            return None;
        }
        t[start..*i].iter().collect::<String>().parse().ok()
    };
    let take_name = |i: &mut usize, names: &[&str], short: bool| -> Option<i64> {
        let rest: String = t[*i..].iter().collect::<String>().to_lowercase();
        for (n, name) in names.iter().enumerate() {
            let cand = if short {
                name[..3].to_lowercase()
            } else {
                name.to_lowercase()
            };
            if rest.starts_with(&cand) {
                *i += cand.chars().count();
                return Some(n as i64);
            }
        }
        None
    };
    while let Some(c) = f.next() {
        if c == '%' {
            let d = f
                .next()
                .ok_or_else(|| vm.new_exception("ValueError", "stray % in format ''"))?;
            match d {
                'Y' => year = take_num(&mut i, 4).ok_or_else(fail)?,
                'y' => {
                    let y = take_num(&mut i, 2).ok_or_else(fail)?;
                    year = if y < 69 { 2000 + y } else { 1900 + y };
                }
                'm' => month = take_num(&mut i, 2).ok_or_else(fail)?,
                'd' => day = take_num(&mut i, 2).ok_or_else(fail)?,
                'H' => hour = take_num(&mut i, 2).ok_or_else(fail)?,
                'I' => hour = take_num(&mut i, 2).ok_or_else(fail)?,
                'M' => minute = take_num(&mut i, 2).ok_or_else(fail)?,
                'S' => second = take_num(&mut i, 2).ok_or_else(fail)?,
                'f' => {
                    let start = i;
                    let v = take_num(&mut i, 6).ok_or_else(fail)?;
                    micro = v * 10i64.pow((6 - (i - start)) as u32);
                }
                'p' => {
                    let rest: String = t[i..].iter().take(2).collect::<String>().to_uppercase();
                    pm = match rest.as_str() {
                        "AM" => Some(false),
                        "PM" => Some(true),
                        _ => return Err(fail()),
                    };
                    i += 2;
                }
                'b' | 'h' => month = take_name(&mut i, &MONTHS, true).ok_or_else(fail)? + 1,
                'B' => month = take_name(&mut i, &MONTHS, false).ok_or_else(fail)? + 1,
                'a' => {
                    take_name(&mut i, &DAYS, true).ok_or_else(fail)?;
                }
                'A' => {
                    take_name(&mut i, &DAYS, false).ok_or_else(fail)?;
                }
                'z' => {
                    if t.get(i) == Some(&'Z') {
                        i += 1;
                        offset = Some(0);
                    } else {
                        let sign = match t.get(i) {
                            Some('+') => 1,
                            Some('-') => -1,
                            _ => return Err(fail()),
                        };
                        i += 1;
                        let hh = take_num(&mut i, 2).ok_or_else(fail)?;
                        if t.get(i) == Some(&':') {
                            i += 1;
                        }
                        let mm = take_num(&mut i, 2).ok_or_else(fail)?;
                        offset = Some(sign * (hh * 3600 + mm * 60) * 1_000_000);
                    }
                }
                '%' => {
                    if t.get(i) != Some(&'%') {
                        return Err(fail());
                    }
                    i += 1;
                }
                _ => {
                    return Err(vm.new_exception(
                        "ValueError",
                        format!(
                            "'{d}' is a bad directive in format {}",
                            crate::input::py_str_repr(fmt)
                        ),
                    ));
                }
            }
        } else if c.is_whitespace() {
            while i < t.len() && t[i].is_whitespace() {
                i += 1;
            }
        } else {
            if t.get(i) != Some(&c) {
                return Err(fail());
            }
            i += 1;
        }
    }
    if i < t.len() {
        let rest: String = t[i..].iter().collect();
        return Err(vm.new_exception("ValueError", format!("unconverted data remains: {rest}")));
    }
    if let Some(pm) = pm {
        hour %= 12;
        if pm {
            hour += 12;
        }
    }
    if !(1..=12).contains(&month)
        || hour > 23
        || minute > 59
        || second > 61
        || !(1..=9999).contains(&year)
    {
        return Err(fail());
    }
    if day < 1 || day > days_in_month(year as i32, month as u32) as i64 {
        return Err(vm.new_exception("ValueError", "day is out of range for month"));
    }
    let ord = ymd_to_ord(year as i32, month as u32, day as u32);
    Ok(DateTimeObj {
        wall: (ord - 1) * US_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1_000_000 + micro,
        offset,
    })
}

// ------------------------------------------------------------------ datetime objects

fn weekday_of(ord: i64) -> usize {
    ((ord + 6) % 7) as usize
}

impl HostObject for DateTimeObj {
    fn type_name(&self) -> &str {
        "datetime"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        let p = self.parts();
        let me = *self;
        Ok(Some(match name {
            "year" => Value::Int(p.year as i64),
            "month" => Value::Int(p.month as i64),
            "day" => Value::Int(p.day as i64),
            "hour" => Value::Int(p.hour as i64),
            "minute" => Value::Int(p.minute as i64),
            "second" => Value::Int(p.second as i64),
            "microsecond" => Value::Int(p.micro as i64),
            "tzinfo" => tz_value(self.offset),
            "isoformat" => method(vm, "isoformat", move |vm, a, k| {
                let sep = match arg(a, k, 0, "sep") {
                    Some(Value::Str(s)) => s.s.to_string(),
                    None => "T".into(),
                    Some(_) => {
                        return Err(vm.new_exception(
                            "TypeError",
                            "isoformat() argument 1 must be a unicode character",
                        ));
                    }
                };
                Ok(Value::str(me.isoformat(&sep)))
            }),
            "strftime" => method(vm, "strftime", move |vm, a, k| {
                let Some(Value::Str(fmt)) = arg(a, k, 0, "format") else {
                    return Err(vm.new_exception("TypeError", "strftime() argument 1 must be str"));
                };
                let p = me.parts();
                let ord = me.wall.div_euclid(US_PER_DAY) + 1;
                let yday = ord - ymd_to_ord(p.year, 1, 1) + 1;
                Ok(Value::str(strftime(
                    &p,
                    weekday_of(ord),
                    yday,
                    me.offset,
                    &fmt.s,
                )))
            }),
            "date" => method(vm, "date", move |_, _, _| {
                Ok(Value::host(DateObj {
                    ord: me.wall.div_euclid(US_PER_DAY) + 1,
                }))
            }),
            "time" => method(vm, "time", move |_, _, _| {
                Ok(Value::host(TimeObj {
                    us: me.wall.rem_euclid(US_PER_DAY),
                }))
            }),
            "weekday" => method(vm, "weekday", move |_, _, _| {
                Ok(Value::Int(
                    weekday_of(me.wall.div_euclid(US_PER_DAY) + 1) as i64
                ))
            }),
            "isoweekday" => method(vm, "isoweekday", move |_, _, _| {
                Ok(Value::Int(
                    weekday_of(me.wall.div_euclid(US_PER_DAY) + 1) as i64 + 1,
                ))
            }),
            "utcoffset" => method(vm, "utcoffset", move |_, _, _| {
                Ok(me.offset.map(td).unwrap_or(Value::None))
            }),
            "timestamp" => method(vm, "timestamp", move |_, _, _| {
                let epoch = (ymd_to_ord(1970, 1, 1) - 1) * US_PER_DAY;
                Ok(Value::float((me.utc() - epoch) as f64 / 1e6))
            }),
            "astimezone" => method(vm, "astimezone", move |vm, a, k| {
                let target = match arg(a, k, 0, "tz") {
                    None | Some(Value::None) => Some(0),
                    Some(v) => tz_of(vm, &v)?,
                };
                let utc = me.utc();
                let off = target.unwrap_or(0);
                Ok(DateTimeObj {
                    wall: utc + off,
                    offset: Some(off),
                }
                .value())
            }),
            "replace" => method(vm, "replace", move |vm, a, k| {
                if !a.is_empty() {
                    return Err(kw_only_err(vm, "replace"));
                }
                let p = me.parts();
                let mut v = [
                    p.year as i64,
                    p.month as i64,
                    p.day as i64,
                    p.hour as i64,
                    p.minute as i64,
                    p.second as i64,
                    p.micro as i64,
                ];
                let mut offset = me.offset;
                for (key, val) in k {
                    let idx = match &**key {
                        "year" => 0,
                        "month" => 1,
                        "day" => 2,
                        "hour" => 3,
                        "minute" => 4,
                        "second" => 5,
                        "microsecond" => 6,
                        "tzinfo" => {
                            offset = tz_of(vm, val)?;
                            continue;
                        }
                        other => {
                            return Err(vm.new_exception(
                                "TypeError",
                                format!("'{other}' is an invalid keyword argument for replace()"),
                            ));
                        }
                    };
                    v[idx] = int_arg(vm, val)?;
                }
                make_datetime(vm, v, offset)
            }),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        let p = self.parts();
        let mut args = vec![
            p.year.to_string(),
            p.month.to_string(),
            p.day.to_string(),
            p.hour.to_string(),
            p.minute.to_string(),
        ];
        if p.second != 0 || p.micro != 0 {
            args.push(p.second.to_string());
        }
        if p.micro != 0 {
            args.push(p.micro.to_string());
        }
        let mut text = format!("datetime.datetime({}", args.join(", "));
        if let Some(o) = self.offset {
            text.push_str(&format!(", tzinfo={}", tz_repr(o)));
        }
        text.push(')');
        text
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        Some(self.isoformat(" "))
    }
    fn format(&self, vm: &mut Vm, spec: &str) -> Option<Result<String, Error>> {
        let p = self.parts();
        let ord = self.wall.div_euclid(US_PER_DAY) + 1;
        let yday = ord - ymd_to_ord(p.year, 1, 1) + 1;
        let _ = vm;
        Some(Ok(strftime(&p, weekday_of(ord), yday, self.offset, spec)))
    }
    fn binary(
        &self,
        vm: &mut Vm,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value, Error>> {
        match (op, as_td(other), as_dt(other)) {
            (BinOp::Add, Some(d), _) => {
                let wall = self.wall + d;
                Some(in_range(vm, wall).map(|_| {
                    DateTimeObj {
                        wall,
                        offset: self.offset,
                    }
                    .value()
                }))
            }
            (BinOp::Sub, Some(d), _) if !reflected => {
                let wall = self.wall - d;
                Some(in_range(vm, wall).map(|_| {
                    DateTimeObj {
                        wall,
                        offset: self.offset,
                    }
                    .value()
                }))
            }
            (BinOp::Sub, _, Some(o)) if !reflected => {
                if self.offset.is_some() != o.offset.is_some() {
                    return Some(Err(vm.new_exception(
                        "TypeError",
                        "can't subtract offset-naive and offset-aware datetimes",
                    )));
                }
                Some(Ok(td(self.utc() - o.utc())))
            }
            _ => None,
        }
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(match as_dt(other) {
            Some(o) if o.offset.is_some() == self.offset.is_some() => o.utc() == self.utc(),
            _ => false,
        }))
    }
    fn order(&self, vm: &mut Vm, other: &Value) -> Option<Result<Ordering, Error>> {
        let o = as_dt(other)?;
        if o.offset.is_some() != self.offset.is_some() {
            return Some(Err(vm.new_exception(
                "TypeError",
                "can't compare offset-naive and offset-aware datetimes",
            )));
        }
        Some(Ok(self.utc().cmp(&o.utc())))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn tz_repr(offset: i64) -> String {
    if offset == 0 {
        "datetime.timezone.utc".into()
    } else {
        format!("datetime.timezone({})", td_repr(offset))
    }
}

fn make_datetime(vm: &Vm, v: [i64; 7], offset: Option<i64>) -> Result<Value, Error> {
    let [year, month, day, hour, minute, second, micro] = v;
    if !(1..=9999).contains(&year) {
        return Err(vm.new_exception("ValueError", format!("year {year} is out of range")));
    }
    if !(1..=12).contains(&month) {
        return Err(vm.new_exception("ValueError", "month must be in 1..12"));
    }
    if day < 1 || day > days_in_month(year as i32, month as u32) as i64 {
        return Err(vm.new_exception("ValueError", "day is out of range for month"));
    }
    if !(0..24).contains(&hour) {
        return Err(vm.new_exception("ValueError", "hour must be in 0..23"));
    }
    if !(0..60).contains(&minute) {
        return Err(vm.new_exception("ValueError", "minute must be in 0..59"));
    }
    if !(0..60).contains(&second) {
        return Err(vm.new_exception("ValueError", "second must be in 0..59"));
    }
    if !(0..1_000_000).contains(&micro) {
        return Err(vm.new_exception("ValueError", "microsecond must be in 0..999999"));
    }
    let ord = ymd_to_ord(year as i32, month as u32, day as u32);
    Ok(DateTimeObj {
        wall: (ord - 1) * US_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1_000_000 + micro,
        offset,
    }
    .value())
}

// ------------------------------------------------------------------ date

impl HostObject for DateObj {
    fn type_name(&self) -> &str {
        "date"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        let (y, m, d) = ord_to_ymd(self.ord);
        let ord = self.ord;
        Ok(Some(match name {
            "year" => Value::Int(y as i64),
            "month" => Value::Int(m as i64),
            "day" => Value::Int(d as i64),
            "isoformat" => method(vm, "isoformat", move |_, _, _| {
                Ok(Value::str(format!("{y:04}-{m:02}-{d:02}")))
            }),
            "weekday" => method(vm, "weekday", move |_, _, _| {
                Ok(Value::Int(weekday_of(ord) as i64))
            }),
            "isoweekday" => method(vm, "isoweekday", move |_, _, _| {
                Ok(Value::Int(weekday_of(ord) as i64 + 1))
            }),
            "strftime" => method(vm, "strftime", move |vm, a, k| {
                let Some(Value::Str(fmt)) = arg(a, k, 0, "format") else {
                    return Err(vm.new_exception("TypeError", "strftime() argument 1 must be str"));
                };
                let p = Parts {
                    year: y,
                    month: m,
                    day: d,
                    hour: 0,
                    minute: 0,
                    second: 0,
                    micro: 0,
                };
                Ok(Value::str(strftime(
                    &p,
                    weekday_of(ord),
                    ord - ymd_to_ord(y, 1, 1) + 1,
                    None,
                    &fmt.s,
                )))
            }),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        let (y, m, d) = ord_to_ymd(self.ord);
        format!("datetime.date({y}, {m}, {d})")
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        let (y, m, d) = ord_to_ymd(self.ord);
        Some(format!("{y:04}-{m:02}-{d:02}"))
    }
    fn format(&self, _vm: &mut Vm, spec: &str) -> Option<Result<String, Error>> {
        let (y, m, d) = ord_to_ymd(self.ord);
        let p = Parts {
            year: y,
            month: m,
            day: d,
            hour: 0,
            minute: 0,
            second: 0,
            micro: 0,
        };
        Some(Ok(strftime(
            &p,
            weekday_of(self.ord),
            self.ord - ymd_to_ord(y, 1, 1) + 1,
            None,
            spec,
        )))
    }
    fn binary(
        &self,
        vm: &mut Vm,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value, Error>> {
        let days = |us: i64| us.div_euclid(US_PER_DAY);
        let res = |ord: i64| {
            if !(1..=MAX_ORDINAL).contains(&ord) {
                Err(vm.new_exception("OverflowError", "date value out of range"))
            } else {
                Ok(Value::host(DateObj { ord }))
            }
        };
        match (op, as_td(other), as_date(other)) {
            (BinOp::Add, Some(d), _) => Some(res(self.ord + days(d))),
            (BinOp::Sub, Some(d), _) if !reflected => Some(res(self.ord - days(d))),
            (BinOp::Sub, _, Some(o)) if !reflected => Some(Ok(td((self.ord - o) * US_PER_DAY))),
            _ => None,
        }
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(as_date(other) == Some(self.ord)))
    }
    fn order(&self, _vm: &mut Vm, other: &Value) -> Option<Result<Ordering, Error>> {
        Some(Ok(self.ord.cmp(&as_date(other)?)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ------------------------------------------------------------------ time

/// A naive `datetime.time`: microseconds since midnight.
#[derive(Clone, Copy)]
pub struct TimeObj {
    pub us: i64,
}

impl TimeObj {
    fn fields(&self) -> (i64, i64, i64, i64) {
        let seconds = self.us / 1_000_000;
        (
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60,
            self.us % 1_000_000,
        )
    }
    fn isoformat(&self) -> String {
        let (h, m, sec, us) = self.fields();
        if us == 0 {
            format!("{h:02}:{m:02}:{sec:02}")
        } else {
            format!("{h:02}:{m:02}:{sec:02}.{us:06}")
        }
    }
    fn parts(&self) -> Parts {
        let (h, m, sec, us) = self.fields();
        // strftime of a time uses 1900-01-01 for the date fields, as CPython.
        Parts {
            year: 1900,
            month: 1,
            day: 1,
            hour: h as u32,
            minute: m as u32,
            second: sec as u32,
            micro: us as u32,
        }
    }
}

fn as_time(v: &Value) -> Option<i64> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<TimeObj>().map(|t| t.us),
        _ => None,
    }
}

impl HostObject for TimeObj {
    fn type_name(&self) -> &str {
        "time"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        let (h, m, sec, us) = self.fields();
        let me = *self;
        Ok(Some(match name {
            "hour" => Value::Int(h),
            "minute" => Value::Int(m),
            "second" => Value::Int(sec),
            "microsecond" => Value::Int(us),
            "tzinfo" => Value::None,
            "isoformat" => method(vm, "isoformat", move |_, _, _| {
                Ok(Value::str(me.isoformat()))
            }),
            "strftime" => method(vm, "strftime", move |vm, a, k| {
                let Some(Value::Str(fmt)) = arg(a, k, 0, "format") else {
                    return Err(vm.new_exception("TypeError", "strftime() argument 1 must be str"));
                };
                let jan1 = ymd_to_ord(1900, 1, 1);
                Ok(Value::str(strftime(
                    &me.parts(),
                    weekday_of(jan1),
                    1,
                    None,
                    &fmt.s,
                )))
            }),
            "replace" => method(vm, "replace", move |vm, a, k| {
                let (h, m, sec, us) = me.fields();
                let mut v = [h, m, sec, us];
                for (i, field) in ["hour", "minute", "second", "microsecond"]
                    .iter()
                    .enumerate()
                {
                    if let Some(x) = arg(a, k, i, field) {
                        v[i] = int_arg(vm, &x)?;
                    }
                }
                make_time(vm, v)
            }),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        match self.fields() {
            (h, m, 0, 0) => format!("datetime.time({h}, {m})"),
            (h, m, sec, 0) => format!("datetime.time({h}, {m}, {sec})"),
            (h, m, sec, us) => format!("datetime.time({h}, {m}, {sec}, {us})"),
        }
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        Some(self.isoformat())
    }
    fn format(&self, _vm: &mut Vm, spec: &str) -> Option<Result<String, Error>> {
        let jan1 = ymd_to_ord(1900, 1, 1);
        Some(Ok(strftime(&self.parts(), weekday_of(jan1), 1, None, spec)))
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(as_time(other) == Some(self.us)))
    }
    fn order(&self, _vm: &mut Vm, other: &Value) -> Option<Result<Ordering, Error>> {
        Some(Ok(self.us.cmp(&as_time(other)?)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn make_time(vm: &Vm, v: [i64; 4]) -> Result<Value, Error> {
    let limits = [
        ("hour", 23),
        ("minute", 59),
        ("second", 59),
        ("microsecond", 999_999),
    ];
    for (value, (name, max)) in v.iter().zip(limits) {
        if !(0..=max).contains(value) {
            return Err(vm.new_exception("ValueError", format!("{name} must be in 0..{max}")));
        }
    }
    Ok(Value::host(TimeObj {
        us: ((v[0] * 60 + v[1]) * 60 + v[2]) * 1_000_000 + v[3],
    }))
}

fn time_new(vm: &mut Vm, a: &[Value], k: &[(Rc<str>, Value)]) -> Result<Value, Error> {
    let mut v = [0i64; 4];
    for (i, name) in ["hour", "minute", "second", "microsecond"]
        .iter()
        .enumerate()
    {
        if let Some(x) = arg(a, k, i, name) {
            v[i] = int_arg(vm, &x)?;
        }
    }
    make_time(vm, v)
}

// ------------------------------------------------------------------ timedelta

fn td_parts(us: i64) -> (i64, i64, i64) {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    (days, rest / 1_000_000, rest % 1_000_000)
}

fn td_repr(us: i64) -> String {
    let (d, s, m) = td_parts(us);
    let mut parts = Vec::new();
    if d != 0 {
        parts.push(format!("days={d}"));
    }
    if s != 0 {
        parts.push(format!("seconds={s}"));
    }
    if m != 0 {
        parts.push(format!("microseconds={m}"));
    }
    if parts.is_empty() {
        parts.push("0".into());
    }
    format!("datetime.timedelta({})", parts.join(", "))
}

fn td_str(us: i64) -> String {
    let (d, s, m) = td_parts(us);
    let mut text = String::new();
    if d != 0 {
        text.push_str(&format!("{d} day{}, ", if d.abs() != 1 { "s" } else { "" }));
    }
    text.push_str(&format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60));
    if m != 0 {
        text.push_str(&format!(".{m:06}"));
    }
    text
}

impl HostObject for TimeDeltaObj {
    fn type_name(&self) -> &str {
        "timedelta"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        let (d, s, m) = td_parts(self.us);
        let us = self.us;
        Ok(Some(match name {
            "days" => Value::Int(d),
            "seconds" => Value::Int(s),
            "microseconds" => Value::Int(m),
            "total_seconds" => method(vm, "total_seconds", move |_, _, _| {
                Ok(Value::float(us as f64 / 1e6))
            }),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        td_repr(self.us)
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        Some(td_str(self.us))
    }
    fn binary(
        &self,
        vm: &mut Vm,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value, Error>> {
        let (a, b) = (self.us, as_td(other));
        Some(Ok(match (op, b, other) {
            (BinOp::Add, Some(b), _) => td(a + b),
            (BinOp::Sub, Some(b), _) => td(if reflected { b - a } else { a - b }),
            (BinOp::Mul, None, Value::Int(n)) => td(a.saturating_mul(*n)),
            (BinOp::Mul, None, Value::Float(f)) => td((a as f64 * f.get()).round() as i64),
            (BinOp::Div, Some(b), _) if !reflected => {
                if b == 0 {
                    return Some(Err(
                        vm.new_exception("ZeroDivisionError", "division by zero")
                    ));
                }
                Value::float(a as f64 / b as f64)
            }
            (BinOp::FloorDiv, Some(b), _) if !reflected => {
                if b == 0 {
                    return Some(Err(vm.new_exception(
                        "ZeroDivisionError",
                        "integer division or modulo by zero",
                    )));
                }
                Value::Int(a.div_euclid(b))
            }
            (BinOp::Div, None, Value::Int(n)) if !reflected => {
                if *n == 0 {
                    return Some(Err(
                        vm.new_exception("ZeroDivisionError", "division by zero")
                    ));
                }
                td((a as f64 / *n as f64).round() as i64)
            }
            (BinOp::FloorDiv, None, Value::Int(n)) if !reflected => {
                if *n == 0 {
                    return Some(Err(vm.new_exception(
                        "ZeroDivisionError",
                        "integer division or modulo by zero",
                    )));
                }
                td(a.div_euclid(*n))
            }
            _ => return None,
        }))
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(as_td(other) == Some(self.us)))
    }
    fn order(&self, _vm: &mut Vm, other: &Value) -> Option<Result<Ordering, Error>> {
        Some(Ok(self.us.cmp(&as_td(other)?)))
    }
    fn unary(&self, vm: &mut Vm, op: &str) -> Option<Result<Value, Error>> {
        let us = match op {
            "neg" => self.us.checked_neg(),
            "pos" => Some(self.us),
            "abs" => self.us.checked_abs(),
            _ => return None,
        };
        Some(match us {
            Some(us) => Ok(td(us)),
            None => Err(vm.new_exception(
                "OverflowError",
                "days=1000000000; must have magnitude <= 999999999",
            )),
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl HostObject for TimeZoneObj {
    fn type_name(&self) -> &str {
        "timezone"
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Result<Option<Value>, Error> {
        let off = self.offset;
        Ok(match name {
            "utcoffset" => Some(method(vm, "utcoffset", move |_, _, _| Ok(td(off)))),
            "tzname" => Some(method(vm, "tzname", move |_, _, _| {
                Ok(Value::str(tz_name(off)))
            })),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut Vm) -> String {
        tz_repr(self.offset)
    }
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        Some(tz_name(self.offset))
    }
    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<Result<bool, Error>> {
        Some(Ok(
            matches!(other, Value::Host(h) if h.as_any().downcast_ref::<TimeZoneObj>().map(|t| t.offset) == Some(self.offset)),
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ------------------------------------------------------------------ the module

fn timedelta_new(vm: &mut Vm, a: &[Value], k: &[(Rc<str>, Value)]) -> Result<Value, Error> {
    const NAMES: [(&str, f64); 7] = [
        ("days", 86_400e6),
        ("seconds", 1e6),
        ("microseconds", 1.0),
        ("milliseconds", 1e3),
        ("minutes", 60e6),
        ("hours", 3600e6),
        ("weeks", 604_800e6),
    ];
    if a.len() > NAMES.len() {
        return Err(vm.new_exception(
            "TypeError",
            format!("__new__() takes at most 7 arguments ({} given)", a.len()),
        ));
    }
    let mut total_int: i128 = 0;
    let mut total_f: f64 = 0.0;
    let mut any_float = false;
    for (i, (name, scale)) in NAMES.iter().enumerate() {
        let Some(v) = arg(a, k, i, name) else {
            continue;
        };
        match v {
            Value::Int(n) => total_int += n as i128 * *scale as i128,
            Value::Bool(b) => total_int += b as i128 * *scale as i128,
            Value::Float(f) => {
                any_float = true;
                total_f += f.get() * scale;
            }
            other => {
                return Err(vm.new_exception(
                    "TypeError",
                    format!(
                        "unsupported type for timedelta {name} component: {}",
                        sym_vm::value::type_name(&other)
                    ),
                ));
            }
        }
    }
    for (key, _) in k {
        if !NAMES.iter().any(|(n, _)| **n == **key) {
            return Err(vm.new_exception(
                "TypeError",
                format!("'{key}' is an invalid keyword argument for __new__()"),
            ));
        }
    }
    let us = if any_float {
        total_int as f64 + total_f
    } else {
        total_int as f64
    };
    let us = if any_float {
        us.round_ties_even() as i128
    } else {
        total_int
    };
    if us.abs() >= 999_999_999i128 * US_PER_DAY as i128 + US_PER_DAY as i128 {
        return Err(vm.new_exception(
            "OverflowError",
            "days=1000000000; must have magnitude <= 999999999",
        ));
    }
    Ok(td(us as i64))
}

/// The world's clock as naive UTC wall microseconds.
fn naive_utc(now: &DateTimeObj) -> i64 {
    now.utc()
}

pub fn module(vm: &mut Vm, now: DateTimeObj) -> Value {
    let utc = Value::host(TimeZoneObj { offset: 0 });
    let dt_new = vm.native("datetime", |vm, a, k| {
        const NAMES: [&str; 7] = [
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "microsecond",
        ];
        let mut v = [0i64, 0, 0, 0, 0, 0, 0];
        for (i, name) in NAMES.iter().enumerate() {
            match arg(a, k, i, name) {
                Some(x) => v[i] = int_arg(vm, &x)?,
                None if i < 3 => {
                    return Err(vm.new_exception(
                        "TypeError",
                        format!(
                            "function missing required argument '{name}' (pos {})",
                            i + 1
                        ),
                    ));
                }
                None => {}
            }
        }
        let offset = match arg(a, k, 7, "tzinfo") {
            Some(t) => tz_of(vm, &t)?,
            None => None,
        };
        make_datetime(vm, v, offset)
    });
    let now_fn = vm.native("now", move |vm, a, k| {
        let wall = naive_utc(&now);
        match arg(a, k, 0, "tz") {
            None | Some(Value::None) => Ok(DateTimeObj { wall, offset: None }.value()),
            Some(tz) => {
                let off = tz_of(vm, &tz)?.unwrap_or(0);
                Ok(DateTimeObj {
                    wall: wall + off,
                    offset: Some(off),
                }
                .value())
            }
        }
    });
    let naive_now = vm.native("utcnow", move |_, _, _| {
        Ok(DateTimeObj {
            wall: naive_utc(&now),
            offset: None,
        }
        .value())
    });
    // A timestamp is seconds since 1970-01-01 UTC; the host is on UTC, so
    // the naive result is UTC too.
    let from_timestamp = |vm: &mut Vm, ts: Option<Value>, tz: Option<Value>| {
        let micros = match ts {
            Some(Value::Int(i)) => i.checked_mul(1_000_000),
            Some(Value::Bool(b)) => Some(b as i64 * 1_000_000),
            Some(Value::Float(f)) if f.is_finite() => {
                Some((f.get() * 1e6).round_ties_even() as i64)
            }
            Some(Value::Float(_)) => {
                return Err(vm.new_exception("ValueError", "cannot convert float NaN to integer"));
            }
            Some(other) => {
                return Err(vm.new_exception(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        sym_vm::value::type_name(&other)
                    ),
                ));
            }
            None => {
                return Err(vm.new_exception(
                    "TypeError",
                    "fromtimestamp() missing required argument 'timestamp' (pos 1)",
                ));
            }
        };
        let epoch = (ymd_to_ord(1970, 1, 1) - 1) * US_PER_DAY;
        let Some(utc) = micros.and_then(|m| m.checked_add(epoch)) else {
            return Err(vm.new_exception(
                "OverflowError",
                "timestamp out of range for platform time_t",
            ));
        };
        let offset = match tz {
            None | Some(Value::None) => None,
            Some(tz) => Some(tz_of(vm, &tz)?.unwrap_or(0)),
        };
        let wall = utc + offset.unwrap_or(0);
        in_range(vm, wall)?;
        Ok(DateTimeObj { wall, offset }.value())
    };
    let fromtimestamp = vm.native("fromtimestamp", move |vm, a, k| {
        from_timestamp(vm, arg(a, k, 0, "timestamp"), arg(a, k, 1, "tz"))
    });
    let utcfromtimestamp = vm.native("utcfromtimestamp", move |vm, a, _| {
        from_timestamp(vm, a.first().cloned(), None)
    });
    let fromiso = vm.native("fromisoformat", |vm, a, k| {
        let Some(Value::Str(s)) = arg(a, k, 0, "date_string") else {
            return Err(vm.new_exception("TypeError", "fromisoformat: argument must be str"));
        };
        match isotime::parse(&s.s) {
            Some(d) => Ok(DateTimeObj::from_iso(&d).value()),
            None => Err(vm.new_exception(
                "ValueError",
                format!(
                    "Invalid isoformat string: {}",
                    crate::input::py_str_repr(&s.s)
                ),
            )),
        }
    });
    let strptime_fn = vm.native("strptime", |vm, a, _| match (a.first(), a.get(1)) {
        (Some(Value::Str(t)), Some(Value::Str(f))) => Ok(strptime(vm, &t.s, &f.s)?.value()),
        _ => Err(vm.new_exception("TypeError", "strptime() argument 1 must be str")),
    });
    let combine = vm.native("combine", |vm, a, _| {
        match (a.first().and_then(as_date), a.get(1).and_then(as_time)) {
            (Some(ord), Some(us)) => Ok(DateTimeObj {
                wall: (ord - 1) * US_PER_DAY + us,
                offset: None,
            }
            .value()),
            (Some(_), None) => {
                Err(vm.new_exception("TypeError", "combine() argument 2 must be datetime.time"))
            }
            _ => Err(vm.new_exception("TypeError", "combine() argument 1 must be datetime.date")),
        }
    });
    let datetime_cls = namespace(
        "datetime",
        vec![
            ("now", now_fn),
            ("utcnow", naive_now.clone()),
            ("today", naive_now),
            ("fromisoformat", fromiso),
            ("strptime", strptime_fn),
            ("combine", combine),
            ("fromtimestamp", fromtimestamp),
            ("utcfromtimestamp", utcfromtimestamp),
        ],
        Some(dt_new),
    );
    let date_new = vm.native("date", |vm, a, k| {
        let mut v = [0i64; 3];
        for (i, name) in ["year", "month", "day"].iter().enumerate() {
            match arg(a, k, i, name) {
                Some(x) => v[i] = int_arg(vm, &x)?,
                None => {
                    return Err(vm.new_exception(
                        "TypeError",
                        format!(
                            "function missing required argument '{name}' (pos {})",
                            i + 1
                        ),
                    ));
                }
            }
        }
        match make_datetime(vm, [v[0], v[1], v[2], 0, 0, 0, 0], None)? {
            Value::Host(h) => match h.as_any().downcast_ref::<DateTimeObj>() {
                Some(d) => Ok(Value::host(DateObj {
                    ord: d.wall / US_PER_DAY + 1,
                })),
                None => Ok(Value::None),
            },
            other => Ok(other),
        }
    });
    let today = vm.native("today", move |_, _, _| {
        Ok(Value::host(DateObj {
            ord: naive_utc(&now).div_euclid(US_PER_DAY) + 1,
        }))
    });
    let date_fromiso = vm.native("fromisoformat", |vm, a, _| {
        let Some(Value::Str(s)) = a.first() else {
            return Err(vm.new_exception("TypeError", "fromisoformat: argument must be str"));
        };
        match isotime::parse(&s.s) {
            Some(d) if s.s.len() <= 10 => Ok(Value::host(DateObj {
                ord: ymd_to_ord(d.year, d.month, d.day),
            })),
            _ => Err(vm.new_exception(
                "ValueError",
                format!(
                    "Invalid isoformat string: {}",
                    crate::input::py_str_repr(&s.s)
                ),
            )),
        }
    });
    let date_cls = namespace(
        "date",
        vec![("today", today), ("fromisoformat", date_fromiso)],
        Some(date_new),
    );
    let td_cls = namespace(
        "timedelta",
        vec![],
        Some(vm.native("timedelta", timedelta_new)),
    );
    let tz_new = vm.native("timezone", |vm, a, k| match arg(a, k, 0, "offset").as_ref().and_then(as_td) {
        Some(off) if off.abs() < US_PER_DAY => Ok(Value::host(TimeZoneObj { offset: off })),
        Some(_) => Err(vm.new_exception("ValueError", "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")),
        None => Err(vm.new_exception("TypeError", "timezone() argument 1 must be datetime.timedelta")),
    });
    let tz_cls = namespace("timezone", vec![("utc", utc.clone())], Some(tz_new));
    let _ = is_leap(2000);
    vm.new_module(
        "datetime",
        vec![
            ("datetime", datetime_cls),
            ("date", date_cls),
            ("timedelta", td_cls),
            ("timezone", tz_cls),
            (
                "time",
                namespace("time", vec![], Some(vm.native("time", time_new))),
            ),
            ("UTC", utc),
            ("MINYEAR", Value::Int(1)),
            ("MAXYEAR", Value::Int(9999)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        for (y, m, d) in [
            (1, 1, 1),
            (2026, 11, 22),
            (2024, 2, 29),
            (2000, 12, 31),
            (9999, 12, 31),
        ] {
            assert_eq!(ord_to_ymd(ymd_to_ord(y, m, d)), (y, m, d));
        }
        assert_eq!(ymd_to_ord(1, 1, 1), 1);
        assert_eq!(ymd_to_ord(9999, 12, 31), MAX_ORDINAL);
    }

    #[test]
    fn timedelta_prints_as_cpython() {
        assert_eq!(td_str(-1), "-1 day, 23:59:59.999999");
        assert_eq!(td_str(90 * 60 * 1_000_000), "1:30:00");
        assert_eq!(td_repr(0), "datetime.timedelta(0)");
        assert_eq!(td_repr(-US_PER_DAY), "datetime.timedelta(days=-1)");
    }
}
