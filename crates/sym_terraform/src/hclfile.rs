//! Parsing one HCL file with source positions, recovering what it can.
//!
//! `hcl::edit` (hcl-edit, re-exported by hcl-rs 0.20) keeps byte spans on
//! every node, which `hcl::parse` drops; that is why it is used here. It
//! stops at the first syntax error, so a file that fails is parsed again
//! top-level block by top-level block: every block that parses alone is
//! kept, and each one that does not gives its own TF001.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use hcl::edit::parser::parse_body;
use hcl::edit::structure::Body;
use sym_diagnostics::Diagnostic;
use sym_syntax::{TextRange, TextSize};

use crate::rules::HclSyntaxError;

/// A body parsed from `text[base..]`: its spans are relative to `base`.
pub(crate) struct Chunk {
    pub body: Body,
    pub base: usize,
}

pub(crate) struct TfFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub chunks: Vec<Chunk>,
}

/// Parses `text`; syntax errors go to `diagnostics`.
pub(crate) fn parse_file(
    path: PathBuf,
    text: Arc<str>,
    diagnostics: &mut Vec<(PathBuf, Diagnostic)>,
) -> TfFile {
    let chunks = match parse_body(&text) {
        Ok(body) => vec![Chunk { body, base: 0 }],
        Err(_) => {
            let mut chunks = Vec::new();
            let starts = top_level_starts(&text);
            for (index, &start) in starts.iter().enumerate() {
                let end = starts.get(index + 1).copied().unwrap_or(text.len());
                let Some(piece) = text.get(start..end) else {
                    continue;
                };
                match parse_body(piece) {
                    Ok(body) => chunks.push(Chunk { body, base: start }),
                    Err(error) => {
                        // hcl-edit places some errors at the start of the
                        // item; an unclosed string is located exactly.
                        let (range, message) = match unterminated_string(piece) {
                            Some(quote) => (
                                to_range(start + quote.start..start + quote.end),
                                "invalid HCL: this string is not closed on its line (a quoted string cannot span lines)".to_string(),
                            ),
                            None => (
                                char_range(&text, start + error.location().offset()),
                                format!("invalid HCL: {}", error.message()),
                            ),
                        };
                        diagnostics.push((
                            path.clone(),
                            HclSyntaxError::INFO.diagnostic(range, message),
                        ));
                    }
                }
            }
            chunks
        }
    };
    TfFile { path, text, chunks }
}

/// Offsets of the lines that start a top-level block or attribute: an
/// identifier in the first column. The first piece also holds whatever
/// precedes the first such line (comments).
fn top_level_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_item = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if starts_item && offset > 0 {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
}

/// The first quoted string left open at the end of its line: from its
/// quote to the end of the line. Skips comments and heredoc bodies.
fn unterminated_string(text: &str) -> Option<Range<usize>> {
    let mut heredoc: Option<String> = None;
    let mut in_block_comment = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        if let Some(marker) = &heredoc {
            if line.trim() == marker {
                heredoc = None;
            }
            continue;
        }
        let mut chars = line.char_indices().peekable();
        let mut string_start: Option<usize> = None;
        let mut interpolation_depth = 0usize;
        while let Some((index, c)) = chars.next() {
            if in_block_comment {
                if c == '*' && chars.peek().is_some_and(|(_, next)| *next == '/') {
                    chars.next();
                    in_block_comment = false;
                }
                continue;
            }
            match string_start {
                Some(_) if interpolation_depth > 0 => match c {
                    '{' => interpolation_depth += 1,
                    '}' => interpolation_depth -= 1,
                    _ => {}
                },
                Some(_) => match c {
                    '\\' => {
                        chars.next();
                    }
                    '$' | '%' if chars.peek().is_some_and(|(_, next)| *next == '{') => {
                        chars.next();
                        interpolation_depth = 1;
                    }
                    '"' => string_start = None,
                    _ => {}
                },
                None => match c {
                    '"' => string_start = Some(index),
                    '#' => break,
                    '/' if chars.peek().is_some_and(|(_, next)| *next == '/') => break,
                    '/' if chars.peek().is_some_and(|(_, next)| *next == '*') => {
                        chars.next();
                        in_block_comment = true;
                    }
                    '<' if line.get(index..).is_some_and(|rest| rest.starts_with("<<")) => {
                        let rest = line.get(index + 2..).unwrap_or("");
                        let rest = rest.strip_prefix('-').unwrap_or(rest);
                        let marker: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if !marker.is_empty() {
                            heredoc = Some(marker);
                            break;
                        }
                    }
                    _ => {}
                },
            }
        }
        if let Some(start) = string_start {
            let end = line_start + line.trim_end_matches(['\n', '\r']).len();
            return Some(line_start + start..end);
        }
    }
    None
}

/// The range of the character at `offset` (empty at the end of the text).
fn char_range(text: &str, offset: usize) -> TextRange {
    let offset = offset.min(text.len());
    let width = text
        .get(offset..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| *c != '\n')
        .map_or(0, char::len_utf8);
    to_range(offset..offset + width)
}

/// A hcl-edit span (relative to `base`) as a range in the file; an empty
/// range at `base` when the node has no span.
pub(crate) fn span_range(base: usize, span: Option<Range<usize>>) -> TextRange {
    match span {
        Some(span) => to_range(base + span.start..base + span.end),
        None => to_range(base..base),
    }
}

pub(crate) fn to_range(range: Range<usize>) -> TextRange {
    let start = u32::try_from(range.start).unwrap_or(u32::MAX);
    let end = u32::try_from(range.end).unwrap_or(u32::MAX).max(start);
    TextRange::new(TextSize::new(start), TextSize::new(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_blocks_around_a_broken_one() {
        let text = "a = 1\nresource \"x\" \"y\" {\n  name = \"oops\n}\nb = 2\n";
        let mut diagnostics = Vec::new();
        let file = parse_file(PathBuf::from("t.tf"), Arc::from(text), &mut diagnostics);
        let keys: Vec<String> = file
            .chunks
            .iter()
            .flat_map(|chunk| chunk.body.attributes().map(|a| a.key.to_string()))
            .collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].1.code, "TF001");
        // The unclosed string of line 3, from its quote to the end of the line.
        assert_eq!(diagnostics[0].1.range, to_range(34..39));
    }

    #[test]
    fn finds_unclosed_strings_outside_comments_and_heredocs() {
        assert_eq!(
            unterminated_string("a = \"ok\"\nb = \"open\n"),
            Some(13..18)
        );
        assert_eq!(unterminated_string("# \"not a string\na = 1\n"), None);
        assert_eq!(
            unterminated_string("a = <<EOT\n\"inside\nEOT\nb = \"${x}\"\n"),
            None
        );
        assert_eq!(unterminated_string("a = \"${lookup(m, \"k\")}\"\n"), None);
        assert_eq!(unterminated_string("/* \" */ a = \"x\\\"y\"\n"), None);
    }
}
