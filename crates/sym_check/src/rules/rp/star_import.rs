use sym_syntax::ast::{self, Stmt};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `from module import *`, whatever the module.
    ///
    /// ## Why
    /// A star import binds names nobody can see in the file, including
    /// ones RestrictedPython would refuse. It refuses star imports, and Sym
    /// refuses the file.
    ///
    /// ## Example
    /// ```python
    /// from sym.sdk.integrations import *
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from sym.sdk.integrations import okta, slack
    /// ```
    pub struct StarImport {
        code: "RP401",
        name: "star-import",
        severity: Error,
        summary: "`from module import *`",
    }
}

impl Rule for StarImport {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) = stmt else {
            return;
        };
        for alias in names {
            if alias.name.id.as_str().contains('*') {
                cx.report(alias.name.range, "`import *` is not allowed")
                    .help = Some("import the names you use explicitly".to_string());
            }
        }
    }
}
