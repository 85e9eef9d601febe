//! Offsets to 1-based lines and columns.

use ruff_text_size::TextSize;

/// A 1-based line and a 1-based column counted in Unicode code points, as
/// editors and CI annotations show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// The start offset of every line of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<TextSize>,
    text: std::sync::Arc<str>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        Self::from_arc(std::sync::Arc::from(text))
    }

    /// The index of a shared text, without copying it.
    pub fn from_arc(text: std::sync::Arc<str>) -> Self {
        let bytes = text.as_bytes();
        // About one line per 30 bytes in handler code: one allocation for most files.
        let mut line_starts = Vec::with_capacity(bytes.len() / 24 + 1);
        line_starts.push(TextSize::new(0));
        let mut after_cr = usize::MAX;
        for end in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // `\r\n` ends one line, at its `\n`.
            let is_cr = bytes.get(end) == Some(&b'\r');
            if end == after_cr && !is_cr {
                if let Some(last) = line_starts.last_mut() {
                    *last = TextSize::new((end + 1) as u32);
                }
                continue;
            }
            if is_cr {
                after_cr = end + 1;
            }
            line_starts.push(TextSize::new((end + 1) as u32));
        }
        Self { line_starts, text }
    }

    /// Number of lines (a trailing newline starts an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line that holds `offset`.
    pub fn line_of(&self, offset: TextSize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The 1-based line and column of `offset` (clamped to the text).
    pub fn line_col(&self, offset: TextSize) -> LineCol {
        let offset = offset.min(TextSize::new(self.text.len() as u32));
        let line = self.line_of(offset);
        let start = self.line_starts.get(line).copied().unwrap_or_default();
        let prefix = self
            .text
            .get(start.to_usize()..offset.to_usize())
            .unwrap_or("");
        LineCol {
            line: line as u32 + 1,
            column: prefix.chars().count() as u32 + 1,
        }
    }

    /// The 1-based line number of `offset`.
    pub fn line_number(&self, offset: TextSize) -> u32 {
        self.line_of(offset) as u32 + 1
    }

    /// The start offset of 0-based `line`, if it exists.
    pub fn line_start(&self, line: usize) -> Option<TextSize> {
        self.line_starts.get(line).copied()
    }

    /// The byte offset of a 0-based line and a 0-based column in UTF-16 code
    /// units (the LSP default), clamped to the line.
    pub fn offset_utf16(&self, line: usize, column: usize) -> TextSize {
        let Some(start) = self.line_start(line) else {
            return TextSize::new(self.text.len() as u32);
        };
        let end = self
            .line_start(line + 1)
            .map(|offset| offset.to_usize())
            .unwrap_or(self.text.len());
        let line_text = self.text.get(start.to_usize()..end).unwrap_or("");
        let mut units = 0;
        for (byte, ch) in line_text.char_indices() {
            if units >= column || ch == '\n' || ch == '\r' {
                return start + TextSize::new(byte as u32);
            }
            units += ch.len_utf16();
        }
        start + TextSize::new(line_text.trim_end_matches(['\n', '\r']).len() as u32)
    }

    /// The 0-based line and the 0-based UTF-16 column of `offset`.
    pub fn position_utf16(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(TextSize::new(self.text.len() as u32));
        let line = self.line_of(offset);
        let start = self.line_starts.get(line).copied().unwrap_or_default();
        let prefix = self
            .text
            .get(start.to_usize()..offset.to_usize())
            .unwrap_or("");
        (line as u32, prefix.encode_utf16().count() as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_code_points() {
        let index = LineIndex::new("a = 1\nb = 'é'\r\nc");
        assert_eq!(
            index.line_col(TextSize::new(0)),
            LineCol { line: 1, column: 1 }
        );
        assert_eq!(
            index.line_col(TextSize::new(6)),
            LineCol { line: 2, column: 1 }
        );
        // 'é' is two bytes: the closing quote is column 7.
        assert_eq!(
            index.line_col(TextSize::new(13)),
            LineCol { line: 2, column: 7 }
        );
        assert_eq!(
            index.line_col(TextSize::new(16)),
            LineCol { line: 3, column: 1 }
        );
    }

    #[test]
    fn every_line_ending_python_knows_starts_a_line() {
        // `\r`, `\r\n` and `\n`, mixed, and a `\r\r\n` (two endings).
        let index = LineIndex::new("a\rb\r\nc\nd\r\r\ne");
        let starts: Vec<u32> = (0..index.line_count())
            .filter_map(|line| index.line_start(line))
            .map(u32::from)
            .collect();
        assert_eq!(starts, [0, 2, 5, 7, 9, 11]);
        assert_eq!(index.line_number(TextSize::new(11)), 6);
    }
}
