use sym_syntax::ast::Stmt;
use sym_syntax::{Ranged, TextRange};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports assignments with a type annotation (`x: int = 1`) and bare
    /// annotations (`x: int`), anywhere: module, function or class body.
    ///
    /// Annotations of parameters and return values (`def f(x: int) ->
    /// str:`) are fine.
    ///
    /// ## Why
    /// RestrictedPython 9.0 has no rule for annotated assignments, and it
    /// refuses every kind of statement it does not know. Sym refuses the
    /// file.
    ///
    /// ## Example
    /// ```python
    /// approvers: list = []
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// approvers = []
    /// ```
    pub struct AnnotatedAssignment {
        code: "RP301",
        name: "annotated-assignment",
        severity: Error,
        summary: "An assignment with a type annotation",
    }
}

impl Rule for AnnotatedAssignment {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::AnnAssign(assign) = stmt else {
            return;
        };
        // From the end of the target to the end of the annotation: `: int`.
        let annotation = TextRange::new(assign.target.end(), assign.annotation.end());
        let help = if assign.value.is_some() {
            "remove the annotation: write a plain assignment"
        } else {
            "remove the bare annotation, or assign a value without annotating it"
        };
        cx.report(annotation, "annotated assignments are not allowed")
            .help = Some(help.to_string());
    }
}
