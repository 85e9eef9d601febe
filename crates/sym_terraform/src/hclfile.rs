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
                        let offset = start + error.location().offset();
                        let range = char_range(&text, offset);
                        let message = format!("invalid HCL: {}", error.message());
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
    }
}
