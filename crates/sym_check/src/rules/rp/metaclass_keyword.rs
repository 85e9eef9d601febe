use sym_syntax::Ranged;
use sym_syntax::ast::Stmt;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a `metaclass=` keyword in a class definition. Other class
    /// keywords pass RestrictedPython's check (it drops them).
    ///
    /// ## Why
    /// RestrictedPython gives every class its own metaclass; choosing
    /// another one is refused, so Sym refuses the file.
    ///
    /// ## Example
    /// ```python
    /// class Registry(metaclass=Singleton):
    ///     pass
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// class Registry:
    ///     pass
    /// ```
    pub struct MetaclassKeyword {
        code: "RP402",
        name: "metaclass-keyword",
        severity: Error,
        summary: "A class with `metaclass=`",
    }
}

impl Rule for MetaclassKeyword {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::ClassDef(class) = stmt else {
            return;
        };
        let Some(arguments) = &class.arguments else {
            return;
        };
        for keyword in &arguments.keywords {
            if keyword
                .arg
                .as_ref()
                .is_some_and(|arg| arg.id.as_str() == "metaclass")
            {
                cx.report(keyword.range(), "the `metaclass` keyword is not allowed")
                    .help = Some("remove it: Sym decides the metaclass of every class".to_string());
            }
        }
    }
}
