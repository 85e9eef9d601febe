//! What CPython's compile step refuses after parsing.
//!
//! RestrictedPython parses with `ast.parse`, transforms, then calls
//! `compile()`; errors from that last step (symbol table, code generation)
//! make Sym refuse the file, so they are syntax errors here too.

use crate::SyntaxError;
use ruff_python_ast::ModModule;

pub(crate) fn check(_module: &ModModule, _source: &str) -> Vec<SyntaxError> {
    Vec::new()
}
