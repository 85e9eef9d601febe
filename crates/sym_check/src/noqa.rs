//! `# noqa` suppression comments, read the way ruff reads them.
//!
//! - `# noqa` (any case, `#noqa` too) suppresses every diagnostic that
//!   starts on its line.
//! - `# noqa: CODE1, CODE2` (commas and/or spaces, any case, `#noqa:A1,B2`)
//!   suppresses only those codes. Text after the list (`# noqa: RP101 why`)
//!   is ignored.
//! - Codes must be full codes. A prefix such as `# noqa: RP` suppresses
//!   nothing and is reported by `NQA001`, like any code no rule has; so is
//!   `# noqa:` with no code at all. (ruff also requires full codes.)
//! - A diagnostic that starts inside a string spanning several lines, or on
//!   a line continued with `\`, is suppressed by a `# noqa` on the last line
//!   of that string or continuation, where a comment can go.

use sym_diagnostics::Diagnostic;
use sym_syntax::ast::{Expr, ExprFString, ExprStringLiteral};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{ParsedModule, Ranged, TextRange, TextSize};

use crate::Settings;

/// What a `# noqa` comment suppresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoqaCodes {
    /// `# noqa`: everything on the line.
    All,
    /// `# noqa: ...`: the listed codes, as written (upper-cased).
    Codes(Vec<NoqaCode>),
}

/// One code of a `# noqa: ...` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoqaCode {
    /// Upper-cased, e.g. `SYN001`.
    pub code: String,
    /// Where it is written in the file.
    pub range: TextRange,
}

/// A `# noqa` directive found in a comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoqaDirective {
    /// From the `#` that starts the directive to the end of its code list.
    pub range: TextRange,
    pub codes: NoqaCodes,
}

impl NoqaDirective {
    /// Whether this directive suppresses a diagnostic with `code`.
    pub fn suppresses(&self, code: &str) -> bool {
        match &self.codes {
            NoqaCodes::All => true,
            NoqaCodes::Codes(codes) => codes.iter().any(|listed| listed.code == code),
        }
    }
}

/// Reads the first `# noqa` directive of a comment whose text is `comment`
/// and which starts at `offset` in the file.
pub fn parse_directive(comment: &str, offset: TextSize) -> Option<NoqaDirective> {
    let bytes = comment.as_bytes();
    let at = |index: usize| bytes.get(index).copied();
    let to_offset = |index: usize| offset + TextSize::new(index as u32);
    let mut hash = 0;
    while let Some(found) = comment.get(hash..).and_then(|rest| rest.find('#')) {
        let start = hash + found;
        hash = start + 1;
        let mut index = start + 1;
        while matches!(at(index), Some(b' ' | b'\t')) {
            index += 1;
        }
        let is_noqa = comment
            .get(index..index + 4)
            .is_some_and(|word| word.eq_ignore_ascii_case("noqa"));
        if !is_noqa {
            continue;
        }
        index += 4;
        // `# noqacheck` is not a directive.
        if at(index).is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'_') {
            continue;
        }
        let mut colon = index;
        while matches!(at(colon), Some(b' ' | b'\t')) {
            colon += 1;
        }
        if at(colon) != Some(b':') {
            return Some(NoqaDirective {
                range: TextRange::new(to_offset(start), to_offset(index)),
                codes: NoqaCodes::All,
            });
        }
        let (codes, end) = parse_codes(comment, colon + 1);
        let codes = codes
            .into_iter()
            .map(|(from, to)| NoqaCode {
                code: comment.get(from..to).unwrap_or("").to_ascii_uppercase(),
                range: TextRange::new(to_offset(from), to_offset(to)),
            })
            .collect();
        return Some(NoqaDirective {
            range: TextRange::new(to_offset(start), to_offset(end)),
            codes: NoqaCodes::Codes(codes),
        });
    }
    None
}

/// The byte ranges of the codes listed from `index` on, and where the list
/// ends. A word counts as a code when it looks like one (letters then
/// digits), or when it comes first or after a comma (then it is a code
/// attempt that `NQA001` reports if no rule has it).
fn parse_codes(comment: &str, mut index: usize) -> (Vec<(usize, usize)>, usize) {
    let bytes = comment.as_bytes();
    let mut codes = Vec::new();
    let mut end = index;
    let mut after_separator = true;
    loop {
        while let Some(byte) = bytes.get(index) {
            match byte {
                b',' => after_separator = true,
                b' ' | b'\t' => {}
                _ => break,
            }
            index += 1;
        }
        let word_start = index;
        while bytes.get(index).is_some_and(u8::is_ascii_alphanumeric) {
            index += 1;
        }
        let word = comment.get(word_start..index).unwrap_or("");
        if word.is_empty() || !(after_separator || looks_like_code(word)) {
            return (codes, end);
        }
        codes.push((word_start, index));
        end = index;
        after_separator = false;
    }
}

/// Letters followed by digits, e.g. `RP101` or `syn001`.
fn looks_like_code(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    digits.len() < word.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Every `# noqa` directive of the file, with the 0-based line it sits on.
pub fn directives(parsed: &ParsedModule) -> Vec<(usize, NoqaDirective)> {
    parsed
        .comments()
        .iter()
        .filter_map(|&range| {
            let directive = parse_directive(parsed.text(range), range.start())?;
            Some((parsed.line_index().line_of(range.start()), directive))
        })
        .collect()
}

/// Maps a line to the line where its `# noqa` goes: the last line of a
/// multi-line string or of a `\` continuation that covers it.
pub struct NoqaLines {
    /// Sorted, disjoint 0-based inclusive line spans.
    spans: Vec<(usize, usize)>,
}

impl NoqaLines {
    pub fn new(parsed: &ParsedModule) -> Self {
        let index = parsed.line_index();
        let mut strings = StringRanges::default();
        strings.visit_body(parsed.body());
        let mut spans: Vec<(usize, usize)> = strings
            .ranges
            .iter()
            .map(|range| (index.line_of(range.start()), index.line_of(range.end())))
            .filter(|(start, end)| start < end)
            .collect();

        // Lines ending in a `\` that is code (not in a string or comment)
        // continue onto the next line.
        let source = parsed.source();
        let in_token = |offset: TextSize| {
            strings
                .ranges
                .iter()
                .chain(parsed.comments())
                .any(|range| range.start() <= offset && offset < range.end())
        };
        for line in 0..index.line_count() {
            let (Some(start), end) = (index.line_start(line), index.line_start(line + 1)) else {
                continue;
            };
            let end = end.map_or(source.len(), |end| end.to_usize());
            let text = source.get(start.to_usize()..end).unwrap_or("");
            let trimmed = text.trim_end_matches(['\n', '\r']);
            if trimmed.ends_with('\\') {
                let backslash = start + TextSize::new((trimmed.len() - 1) as u32);
                if !in_token(backslash) {
                    spans.push((line, line + 1));
                }
            }
        }

        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        for (start, end) in spans {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        Self { spans: merged }
    }

    /// The 0-based line whose `# noqa` applies to 0-based `line`.
    pub fn noqa_line(&self, line: usize) -> usize {
        let after = self.spans.partition_point(|&(start, _)| start <= line);
        match after.checked_sub(1).and_then(|i| self.spans.get(i)) {
            Some(&(_, end)) if line <= end => end,
            _ => line,
        }
    }
}

/// The ranges of every string, bytes and f-string literal (each part of an
/// implicit concatenation on its own).
#[derive(Default)]
struct StringRanges {
    ranges: Vec<TextRange>,
}

impl<'a> Visitor<'a> for StringRanges {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::StringLiteral(ExprStringLiteral { value, .. }) => {
                self.ranges.extend(value.iter().map(Ranged::range));
            }
            Expr::BytesLiteral(bytes) => {
                self.ranges.extend(bytes.value.iter().map(Ranged::range));
            }
            Expr::FString(ExprFString { value, .. }) => {
                self.ranges.extend(value.iter().map(Ranged::range));
            }
            Expr::TString(tstring) => {
                self.ranges.extend(tstring.value.iter().map(Ranged::range));
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// Removes the diagnostics suppressed by a `# noqa` comment on their line.
pub fn apply(parsed: &ParsedModule, _settings: &Settings, diagnostics: &mut Vec<Diagnostic>) {
    let directives = directives(parsed);
    if directives.is_empty() {
        return;
    }
    let lines = NoqaLines::new(parsed);
    let index = parsed.line_index();
    diagnostics.retain(|diagnostic| {
        // Sym refuses a file with a SYN, RP or IMP finding whatever the
        // comments say: hiding one would make symlint pass a file that
        // fails at deploy time.
        if crate::is_rejecting(diagnostic.code) {
            return true;
        }
        let line = lines.noqa_line(index.line_of(diagnostic.range.start()));
        !directives
            .iter()
            .any(|(at, directive)| *at == line && directive.suppresses(diagnostic.code))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(comment: &str) -> Option<Vec<String>> {
        match parse_directive(comment, TextSize::new(0))?.codes {
            NoqaCodes::All => Some(vec!["*".to_string()]),
            NoqaCodes::Codes(codes) => Some(codes.into_iter().map(|c| c.code).collect()),
        }
    }

    #[test]
    fn blanket_forms() {
        for comment in [
            "# noqa",
            "#noqa",
            "# NOQA",
            "# NoQa  ",
            "# noqa because",
            "# x # noqa",
        ] {
            assert_eq!(codes(comment), Some(vec!["*".to_string()]), "{comment}");
        }
    }

    #[test]
    fn not_directives() {
        for comment in ["# hello", "# noqacheck", "# no qa", "# noqa_x"] {
            assert_eq!(codes(comment), None, "{comment}");
        }
    }

    #[test]
    fn code_lists() {
        let expect = |comment: &str, expected: &[&str]| {
            assert_eq!(
                codes(comment),
                Some(expected.iter().map(|s| s.to_string()).collect()),
                "{comment}"
            );
        };
        expect("# noqa: SYN001", &["SYN001"]);
        expect("#noqa:SYN001,RP101", &["SYN001", "RP101"]);
        expect("# noqa: syn001 , rp101", &["SYN001", "RP101"]);
        expect("# NOQA : SYN001 RP101", &["SYN001", "RP101"]);
        expect("# noqa: SYN001 because reasons", &["SYN001"]);
        expect("# noqa: SYN001, see", &["SYN001", "SEE"]);
        expect("# noqa: RP", &["RP"]);
        expect("# noqa:", &[]);
        expect("# noqa: -- nothing", &[]);
    }

    #[test]
    fn code_ranges_point_into_the_file() {
        let directive = parse_directive("# noqa: A1, b22", TextSize::new(10)).expect("directive");
        let NoqaCodes::Codes(codes) = directive.codes else {
            panic!("expected codes");
        };
        let ranges: Vec<(u32, u32)> = codes
            .iter()
            .map(|c| (c.range.start().into(), c.range.end().into()))
            .collect();
        assert_eq!(ranges, vec![(18, 20), (22, 25)]);
    }

    #[test]
    fn non_ascii_comments_do_not_panic() {
        assert_eq!(codes("# é noqa"), None);
        assert_eq!(codes("# noqa: é"), Some(vec![]));
        assert_eq!(codes("# nöqa"), None);
    }

    fn noqa_line_of(source: &str, line: usize) -> usize {
        NoqaLines::new(&sym_syntax::parse(source)).noqa_line(line)
    }

    #[test]
    fn multi_line_strings_map_to_their_last_line() {
        let source = "x = 1\ny = \"\"\"a\nb\nc\"\"\"\nz = 2\n";
        assert_eq!(noqa_line_of(source, 0), 0);
        assert_eq!(noqa_line_of(source, 1), 3);
        assert_eq!(noqa_line_of(source, 2), 3);
        assert_eq!(noqa_line_of(source, 3), 3);
        assert_eq!(noqa_line_of(source, 4), 4);
    }

    #[test]
    fn continuation_lines_map_to_the_last_line() {
        let source = "x = 1 + \\\n    2 + \\\n    3\ny = '\\\\'\n# a \\\nz = 1\n";
        assert_eq!(noqa_line_of(source, 0), 2);
        assert_eq!(noqa_line_of(source, 1), 2);
        assert_eq!(noqa_line_of(source, 3), 3);
        assert_eq!(noqa_line_of(source, 4), 4);
    }
}
