//! `SYN`: syntax errors and what CPython's compile step refuses.

mod compile_error;
mod parse_error;
mod unsupported_syntax;

pub use compile_error::CompileError;
pub use parse_error::ParseError;
pub use unsupported_syntax::UnsupportedSyntax;

use crate::rule::Rule;

/// The family's rules, in code order.
pub const RULES: &[&dyn Rule] = &[&ParseError, &UnsupportedSyntax, &CompileError];

use sym_syntax::SyntaxErrorKind;

use crate::rule::Context;

/// Reports the file's syntax errors of one kind under the current rule.
fn report_syntax_errors(cx: &mut Context<'_>, kind: SyntaxErrorKind, help: Option<&str>) {
    let parsed = cx.parsed;
    for error in parsed.errors().iter().filter(|error| error.kind == kind) {
        let diagnostic = cx.report(error.range, error.message.clone());
        if let Some(help) = help {
            diagnostic.help = Some(help.to_string());
        }
    }
}
