//! The one crate that knows the Python parser.
//!
//! Everything else in the workspace sees Python source through this crate:
//! [`parse`] turns text into a [`ParsedModule`] (the tree, every syntax error
//! and every error CPython's compile step would raise, and a [`LineIndex`]).
//! The parser is error-resilient: a file with syntax errors still yields a
//! tree for the parts that parsed, so the checker and the language server
//! keep working while a user types.
//!
//! The AST types are re-exported as [`ast`] so that downstream crates do not
//! name the parser crates directly; swapping the parser means changing only
//! this crate.

mod compile_errors;
mod identifier_tables;
mod line_index;

use std::sync::Arc;

pub use line_index::{LineCol, LineIndex};
pub use ruff_python_ast as ast;
pub use ruff_python_ast::visitor;
pub use ruff_text_size::{Ranged, TextLen, TextRange, TextSize};

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

/// Where a [`SyntaxError`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// The tokenizer or parser refused the text.
    Parse,
    /// Valid grammar in a newer Python than 3.11 (the version Sym runs).
    Unsupported,
    /// Parsed fine, but CPython's compile step (symbol table and code
    /// generation) refuses it, e.g. `return` outside a function.
    Compile,
}

/// A syntax or compile-step error, located in the source.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub range: TextRange,
    pub message: String,
}

/// One parsed file: the (possibly partial) tree and what is wrong with it.
#[derive(Debug, PartialEq)]
pub struct ParsedModule {
    source: Arc<str>,
    module: ast::ModModule,
    errors: Vec<SyntaxError>,
    comments: Vec<TextRange>,
    line_index: LineIndex,
}

impl ParsedModule {
    /// The source text the tree was parsed from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The shared source text.
    pub fn source_arc(&self) -> &Arc<str> {
        &self.source
    }

    /// The module node.
    pub fn module(&self) -> &ast::ModModule {
        &self.module
    }

    /// The module's top-level statements.
    pub fn body(&self) -> &[ast::Stmt] {
        &self.module.body
    }

    /// Every syntax and compile-step error, in source order.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// True when the file has no syntax or compile-step error.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The ranges of every `#` comment (used for `# noqa`).
    pub fn comments(&self) -> &[TextRange] {
        &self.comments
    }

    /// Offsets to lines and columns.
    pub fn line_index(&self) -> &LineIndex {
        &self.line_index
    }

    /// The text of `range`, or an empty string if it is out of bounds.
    pub fn text(&self, range: TextRange) -> &str {
        self.source
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("")
    }
}

/// How deeply brackets may nest before CPython's tokenizer gives up.
const MAX_BRACKET_DEPTH: usize = 200;

/// The indentation level at which CPython's tokenizer gives up.
const MAX_INDENT_DEPTH: usize = 100;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(low, high)| {
            if high < cp {
                std::cmp::Ordering::Less
            } else if low > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// A character CPython 3.11 does not accept where ruff's lexer (on a newer
/// Unicode) read an identifier: `x\u{200d}` is refused by CPython.
fn identifier_error(source: &str, range: TextRange) -> Option<SyntaxError> {
    let text = source.get(range.start().to_usize()..range.end().to_usize())?;
    if text.is_ascii() {
        return None;
    }
    for (offset, c) in text.char_indices() {
        let table = if offset == 0 {
            identifier_tables::XID_START
        } else {
            identifier_tables::XID_CONTINUE
        };
        if c.is_ascii() || in_table(table, c) {
            continue;
        }
        let at = range.start() + TextSize::try_from(offset).unwrap_or_default();
        let printable = !(c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'));
        let message = if printable {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        return Some(SyntaxError {
            kind: SyntaxErrorKind::Parse,
            range: TextRange::at(at, c.text_len()),
            message,
        });
    }
    None
}

const TAB_ERROR: &str = "inconsistent use of tabs and spaces in indentation";

/// CPython's tokenizer measures each logical line's indentation twice, with
/// tabs to the next multiple of 8 and with tabs as one column, and refuses
/// (TabError) a line whose two measures disagree about whether it indents,
/// dedents or stays at the level of the line before, and a dedent to no
/// enclosing level (with tabs at 8 columns, where ruff's lexer measures
/// differently). The first offending line is reported.
fn inconsistent_indentation(
    source: &str,
    tokens: &ruff_python_ast::token::Tokens,
) -> Option<SyntaxError> {
    let mut levels: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::EndOfFile => continue,
            _ => {}
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let start = token.start().to_usize();
        let line_start = source.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
        let indentation = source.get(line_start..start)?;
        let (mut col, mut altcol) = (0usize, 0usize);
        for c in indentation.chars() {
            match c {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => {}
            }
        }
        let &(top_col, top_alt) = levels.last()?;
        let mut message = None;
        if col == top_col {
            if altcol != top_alt {
                message = Some(TAB_ERROR);
            }
        } else if col > top_col {
            if altcol <= top_alt {
                message = Some(TAB_ERROR);
            }
        } else {
            while levels.len() > 1 && levels.last().is_some_and(|&(c, _)| col < c) {
                levels.pop();
            }
            match levels.last() {
                Some(&(c, _)) if c != col => {
                    message = Some("unindent does not match any outer indentation level")
                }
                Some(&(_, a)) if a != altcol => message = Some(TAB_ERROR),
                _ => {}
            }
        }
        if let Some(message) = message {
            let range = TextRange::new(
                TextSize::try_from(line_start).unwrap_or_default(),
                token.start(),
            );
            return Some(SyntaxError {
                kind: SyntaxErrorKind::Parse,
                range,
                message: message.to_string(),
            });
        }
        if col > top_col {
            levels.push((col, altcol));
        }
    }
    None
}

/// Parses `source` as a Python 3.11 module.
///
/// Never fails: every problem is in [`ParsedModule::errors`].
pub fn parse(source: &str) -> ParsedModule {
    parse_arc(Arc::from(source))
}

/// Like [`parse`], sharing the caller's source text.
pub fn parse_arc(source: Arc<str>) -> ParsedModule {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&source, options);

    let mut errors: Vec<SyntaxError> = parsed
        .errors()
        .iter()
        .map(|error| SyntaxError {
            kind: SyntaxErrorKind::Parse,
            range: error.location,
            message: error.error.to_string(),
        })
        .collect();
    errors.extend(
        parsed
            .unsupported_syntax_errors()
            .iter()
            .map(|error| SyntaxError {
                kind: SyntaxErrorKind::Unsupported,
                range: error.range,
                message: error.to_string(),
            }),
    );
    // Sym reads impl.py as plain UTF-8, so a byte order mark reaches the
    // parser as U+FEFF, which CPython refuses (ruff's lexer would skip it).
    if source.starts_with('\u{feff}') {
        errors.push(SyntaxError {
            kind: SyntaxErrorKind::Parse,
            range: TextRange::at(TextSize::new(0), '\u{feff}'.text_len()),
            message: "invalid non-printable character U+FEFF (a byte order mark): save the file as UTF-8 without BOM".to_string(),
        });
    }
    let mut comments = Vec::new();
    let mut bracket_depth = 0usize;
    let mut reported_depth = false;
    let mut indent_depth = 0usize;
    let mut reported_indent = false;
    for token in parsed.tokens().iter() {
        match token.kind() {
            TokenKind::Comment => comments.push(token.range()),
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                bracket_depth += 1;
                // CPython's tokenizer refuses the 201st nested bracket.
                if bracket_depth > MAX_BRACKET_DEPTH && !reported_depth {
                    reported_depth = true;
                    errors.push(SyntaxError {
                        kind: SyntaxErrorKind::Parse,
                        range: token.range(),
                        message: "too many nested parentheses".to_string(),
                    });
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                bracket_depth = bracket_depth.saturating_sub(1);
            }
            TokenKind::Indent => {
                indent_depth += 1;
                // CPython's tokenizer keeps at most 99 indentation levels.
                if indent_depth >= MAX_INDENT_DEPTH && !reported_indent {
                    reported_indent = true;
                    errors.push(SyntaxError {
                        kind: SyntaxErrorKind::Parse,
                        range: token.range(),
                        message: "too many levels of indentation".to_string(),
                    });
                }
            }
            TokenKind::Dedent => indent_depth = indent_depth.saturating_sub(1),
            _ => {}
        }
    }

    // Only a non-ASCII name can fall outside CPython's identifier tables.
    if !source.is_ascii() {
        for token in parsed.tokens().iter() {
            if token.kind() == TokenKind::Name
                && let Some(error) = identifier_error(&source, token.range())
            {
                errors.retain(|other| other.range.intersect(error.range).is_none());
                errors.push(error);
            }
        }
    }
    // Without tabs or form feeds both of CPython's measures are ruff's.
    if memchr::memchr2(b'\t', b'\x0c', source.as_bytes()).is_some()
        && let Some(error) = inconsistent_indentation(&source, parsed.tokens())
    {
        // The parser's complaint about the same indentation ("unexpected
        // indentation") is the same problem; CPython names it as a TabError.
        errors.retain(|other| other.range.intersect(error.range).is_none());
        errors.push(error);
    }

    let module = match parsed.into_syntax() {
        Mod::Module(module) => module,
        // Mode::Module always yields a module; keep an empty one rather than panic.
        Mod::Expression(expression) => ast::ModModule {
            range: expression.range,
            node_index: Default::default(),
            body: Default::default(),
        },
    };
    // CPython compiles only what parsed, so a compile-step error at (or
    // inside) a parse error is the same problem seen twice: keep the parse
    // error. Ones that enclose a parse error (a misplaced `return` whose
    // value is malformed) are still separate problems.
    let compile_errors = compile_errors::check(&module, &source)
        .into_iter()
        .filter(|compile| {
            !errors.iter().any(|parse| {
                let overlaps = parse.range.intersect(compile.range).is_some();
                let encloses =
                    compile.range.contains_range(parse.range) && compile.range != parse.range;
                overlaps && !encloses
            })
        })
        .collect::<Vec<_>>();
    errors.extend(compile_errors);
    errors.sort_by_key(|error| (error.range.start(), error.range.end()));
    errors.dedup();

    let line_index = LineIndex::from_arc(source.clone());
    ParsedModule {
        source,
        module,
        errors,
        comments,
        line_index,
    }
}
