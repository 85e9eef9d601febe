use sym_syntax::SyntaxErrorKind;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports code that parses but that CPython's compiler refuses:
    /// `return` or `yield` outside a function, `break`/`continue` outside a
    /// loop, a parameter name used twice, a name used before its `global`
    /// statement, two starred targets in one assignment, `yield` inside a
    /// comprehension, `nonlocal` at module level, a keyword argument
    /// repeated in a call, and the like.
    ///
    /// ## Why
    /// RestrictedPython compiles the file after checking it; these errors
    /// make that compile fail, and Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// for user in users:
    ///     pass
    /// break
    /// ```
    ///
    /// ## Instead
    /// Keep `break` and `continue` inside the loop they leave, and `return`
    /// inside a function.
    pub struct CompileError {
        code: "SYN003",
        name: "compile-error",
        severity: Error,
        summary: "Valid grammar that CPython's compiler refuses",
    }
}

impl Rule for CompileError {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_file(&self, cx: &mut Context<'_>) {
        super::report_syntax_errors(cx, SyntaxErrorKind::Compile, None);
    }
}
