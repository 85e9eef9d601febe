//! ISO 8601 date-times as CPython 3.11's `datetime.fromisoformat` reads them.

/// A calendar date-time with an optional fixed UTC offset (in seconds and
/// microseconds), like a CPython `datetime` with a `timezone` tzinfo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub microsecond: u32,
    /// Offset from UTC in microseconds; `None` for a naive value.
    pub offset_us: Option<i64>,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(text: &str, count: usize) -> Option<(u32, &str)> {
    let head = text.get(..count)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, text.get(count..)?))
}

/// Parses what `datetime.fromisoformat` accepts in Python 3.11 (calendar
/// dates, basic or extended; any one-character separator; times to the
/// second with 1–6+ fraction digits; `Z` or `±HH[:MM[:SS[.ffffff]]]`).
pub fn parse(text: &str) -> Option<DateTime> {
    let (year, rest) = digits(text, 4)?;
    let (month, day, rest) = if let Some(rest) = rest.strip_prefix('-') {
        let (month, rest) = digits(rest, 2)?;
        let rest = rest.strip_prefix('-')?;
        let (day, rest) = digits(rest, 2)?;
        (month, day, rest)
    } else {
        let (month, rest) = digits(rest, 2)?;
        let (day, rest) = digits(rest, 2)?;
        (month, day, rest)
    };
    let year = year as i32;
    if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut value = DateTime {
        year,
        month,
        day,
        hour: 0,
        minute: 0,
        second: 0,
        microsecond: 0,
        offset_us: None,
    };
    let mut chars = rest.chars();
    let Some(_separator) = chars.next() else {
        return Some(value);
    };
    let time = chars.as_str();
    let tz_at = time.find(['Z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(tz_at);
    let (hour, minute, second, microsecond) = parse_clock(clock)?;
    value.hour = hour;
    value.minute = minute;
    value.second = second;
    value.microsecond = microsecond;
    if !zone.is_empty() {
        value.offset_us = Some(parse_offset(zone)?);
    }
    Some(value)
}

fn parse_clock(clock: &str) -> Option<(u32, u32, u32, u32)> {
    let (hour, rest) = digits(clock, 2)?;
    let extended = rest.starts_with(':');
    let mut rest = rest;
    let mut minute = 0;
    let mut second = 0;
    let mut microsecond = 0;
    if !rest.is_empty() {
        if extended {
            rest = rest.strip_prefix(':')?;
        }
        let (value, after) = digits(rest, 2)?;
        minute = value;
        rest = after;
    }
    if !rest.is_empty() {
        if extended {
            rest = rest.strip_prefix(':')?;
        }
        let (value, after) = digits(rest, 2)?;
        second = value;
        rest = after;
    }
    if !rest.is_empty() {
        let fraction = rest.strip_prefix(['.', ','])?;
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut six: String = fraction.chars().take(6).collect();
        while six.len() < 6 {
            six.push('0');
        }
        microsecond = six.parse().ok()?;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    Some((hour, minute, second, microsecond))
}

fn parse_offset(zone: &str) -> Option<i64> {
    if zone == "Z" {
        return Some(0);
    }
    let sign = match zone.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let (hours, minutes, seconds, micros) = parse_clock(zone.get(1..)?)?;
    let total =
        ((hours as i64 * 60 + minutes as i64) * 60 + seconds as i64) * 1_000_000 + micros as i64;
    if total >= 86_400_000_000 {
        return None;
    }
    Some(sign * total)
}

impl DateTime {
    /// `datetime.isoformat()` as CPython prints it.
    pub fn isoformat(&self) -> String {
        let mut text = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.microsecond != 0 {
            text.push_str(&format!(".{:06}", self.microsecond));
        }
        if let Some(offset) = self.offset_us {
            text.push_str(&format_offset(offset, ":"));
        }
        text
    }
}

/// `+HH:MM`, with `:SS` and `.ffffff` only when needed, as CPython does.
pub fn format_offset(offset_us: i64, separator: &str) -> String {
    let sign = if offset_us < 0 { '-' } else { '+' };
    let total = offset_us.unsigned_abs();
    let micros = total % 1_000_000;
    let seconds = total / 1_000_000;
    let mut text = format!(
        "{sign}{:02}{separator}{:02}",
        seconds / 3600,
        (seconds / 60) % 60
    );
    if !seconds.is_multiple_of(60) || micros != 0 {
        text.push_str(&format!("{separator}{:02}", seconds % 60));
    }
    if micros != 0 {
        text.push_str(&format!(".{micros:06}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_python_3_11_reads() {
        let iso = |text: &str| parse(text).map(|value| value.isoformat());
        assert_eq!(
            iso("2026-11-22T10:00:00Z").as_deref(),
            Some("2026-11-22T10:00:00+00:00")
        );
        assert_eq!(iso("2026-11-22").as_deref(), Some("2026-11-22T00:00:00"));
        assert_eq!(iso("20261122T1030").as_deref(), Some("2026-11-22T10:30:00"));
        assert_eq!(
            iso("2026-11-22 10:00:00.5-05:30").as_deref(),
            Some("2026-11-22T10:00:00.500000-05:30")
        );
        assert_eq!(iso("2026-02-29"), None);
        assert_eq!(iso("2026-11-22T25:00"), None);
        assert_eq!(iso("yesterday"), None);
    }
}
