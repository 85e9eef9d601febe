//! Reading a file's bytes as Sym does: the source must be UTF-8.
//!
//! CPython refuses a file that is not valid UTF-8 (without a coding
//! declaration, which Sym's loader does not honour), so such a file gets a
//! `SYN001` diagnostic at its first invalid byte; the rest is decoded
//! lossily and still parsed and checked, as for any other syntax error.

use std::sync::Arc;

use sym_diagnostics::{Diagnostic, Severity};
use sym_syntax::{ParsedModule, TextRange, TextSize};

use crate::Settings;

/// The code under which an undecodable file is reported: the parse-error
/// rule's, since such a file is not Python text at all.
const ENCODING_ERROR_CODE: &str = "SYN001";

/// A file's text and, when its bytes are not UTF-8, where they stop being so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedSource {
    /// The text, with every invalid sequence replaced by U+FFFD.
    pub text: Arc<str>,
    /// The first invalid sequence: its byte offset in the file and the byte.
    pub invalid_byte: Option<(usize, u8)>,
}

/// Decodes a file's bytes as UTF-8, lossily.
pub fn decode(bytes: &[u8]) -> DecodedSource {
    match std::str::from_utf8(bytes) {
        Ok(text) => DecodedSource {
            text: Arc::from(text),
            invalid_byte: None,
        },
        Err(error) => {
            let offset = error.valid_up_to();
            DecodedSource {
                text: Arc::from(String::from_utf8_lossy(bytes).as_ref()),
                invalid_byte: bytes.get(offset).map(|&byte| (offset, byte)),
            }
        }
    }
}

impl DecodedSource {
    /// The diagnostic for an undecodable file, located on the replacement
    /// character (the valid prefix is the same in the bytes and the text).
    pub fn encoding_diagnostic(&self) -> Option<Diagnostic> {
        let (offset, byte) = self.invalid_byte?;
        let start = TextSize::try_from(offset).ok()?;
        let range = TextRange::at(start, TextSize::from('\u{fffd}'.len_utf8() as u32));
        Some(
            Diagnostic::new(
                ENCODING_ERROR_CODE,
                Severity::Error,
                range,
                format!("the file is not valid UTF-8: byte 0x{byte:02X} at offset {offset}"),
            )
            .with_help("save impl.py as UTF-8 text"),
        )
    }
}

impl DecodedSource {
    /// Adds the encoding diagnostic (when there is one and it is enabled)
    /// to a file's sorted diagnostics, keeping them sorted.
    pub fn add_encoding_diagnostic(&self, settings: &Settings, diagnostics: &mut Vec<Diagnostic>) {
        if let Some(diagnostic) = self.encoding_diagnostic()
            && settings.is_enabled(diagnostic.code)
        {
            diagnostics.push(diagnostic);
            diagnostics.sort_by(|a, b| {
                (a.range.start(), a.range.end(), a.code).cmp(&(
                    b.range.start(),
                    b.range.end(),
                    b.code,
                ))
            });
        }
    }
}

/// A file checked from its bytes.
#[derive(Debug)]
pub struct CheckedSource {
    pub parsed: ParsedModule,
    /// The encoding error (if any and enabled) and every rule's diagnostics,
    /// sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes, parses and checks a file's bytes with `settings`.
pub fn check_bytes(bytes: &[u8], settings: &Settings) -> CheckedSource {
    let decoded = decode(bytes);
    let parsed = sym_syntax::parse_arc(decoded.text.clone());
    let mut diagnostics = crate::check_parsed(&parsed, settings);
    decoded.add_encoding_diagnostic(settings, &mut diagnostics);
    CheckedSource {
        parsed,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_kept_as_is() {
        let decoded = decode("x = 'café'\n".as_bytes());
        assert_eq!(&*decoded.text, "x = 'café'\n");
        assert_eq!(decoded.encoding_diagnostic(), None);
    }

    #[test]
    fn first_invalid_byte_is_reported_as_syn001() {
        let checked = check_bytes(b"x = 'caf\xe9'\ny = '\xff'\n", &Settings::default());
        let encoding: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("UTF-8"))
            .collect();
        assert_eq!(encoding.len(), 1);
        assert_eq!(encoding[0].code, "SYN001");
        assert_eq!(
            encoding[0].message,
            "the file is not valid UTF-8: byte 0xE9 at offset 8"
        );
        assert_eq!(encoding[0].range, TextRange::new(8.into(), 11.into()));
    }

    #[test]
    fn ignoring_syn001_drops_the_encoding_error() {
        let settings = Settings {
            ignore: vec!["SYN001".to_string()],
            ..Settings::default()
        };
        let checked = check_bytes(b"x = '\xe9'\n", &settings);
        assert!(checked.diagnostics.is_empty());
    }
}
