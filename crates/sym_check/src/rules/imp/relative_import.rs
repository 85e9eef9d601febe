use sym_syntax::ast::{self, Stmt};
use sym_syntax::{Ranged, TextRange, TextSize};

use super::allowed_list;
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports relative imports: `from . import helpers`, `from .util
    /// import x`, `from .. import y`.
    ///
    /// ## Why
    /// Sym runs impl.py as a single file, not as part of a package, and
    /// its import allowlist only names absolute modules; any relative
    /// import makes Sym refuse the file.
    ///
    /// ## Example
    /// ```python
    /// from .helpers import approvers_for
    /// ```
    ///
    /// ## Instead
    /// Put the helper in impl.py itself:
    /// ```python
    /// def approvers_for(flow):
    ///     ...
    /// ```
    pub struct RelativeImport {
        code: "IMP002",
        name: "relative-import",
        severity: Error,
        summary: "A relative import (`from . import x`)",
    }
}

impl Rule for RelativeImport {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::ImportFrom(ast::StmtImportFrom { module, level, .. }) = stmt else {
            return;
        };
        if *level == 0 {
            return;
        }
        let dots = ".".repeat(*level as usize);
        let shown = match module {
            Some(module) => format!("{dots}{}", module.id),
            None => dots,
        };
        let range = relative_module_range(cx, stmt, module.as_ref());
        let help = format!(
            "define what you need in impl.py itself; Sym only allows these modules: {}",
            allowed_list(cx.profile)
        );
        cx.report(
            range,
            format!("relative import from `{shown}` is not allowed"),
        )
        .help = Some(help);
    }
}

/// From the first dot to the end of the module name (or the last dot).
fn relative_module_range(
    cx: &Context<'_>,
    stmt: &Stmt,
    module: Option<&ast::Identifier>,
) -> TextRange {
    let text = cx.text(stmt.range());
    let first_dot = text.find('.').unwrap_or(0);
    let start = stmt.start() + TextSize::new(first_dot as u32);
    let end = match module {
        Some(module) => module.range.end(),
        None => {
            let before_import = text.find(" import").unwrap_or(text.len());
            let last_dot = text
                .get(..before_import)
                .and_then(|head| head.rfind('.'))
                .unwrap_or(first_dot);
            stmt.start() + TextSize::new(last_dot as u32 + 1)
        }
    };
    if end > start {
        TextRange::new(start, end)
    } else {
        TextRange::at(start, TextSize::new(1))
    }
}
