use sym_syntax::Ranged;
use sym_syntax::ast::Stmt;

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports `from sym.sdk... import NAME` when the module has no such
    /// name (and no such submodule), and suggests the closest one.
    ///
    /// ## Why
    /// The import raises `ImportError` when Sym loads impl.py, so no
    /// handler of the flow runs.
    ///
    /// ## Example
    /// ```python
    /// from sym.sdk.integrations import slak
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from sym.sdk.integrations import slack
    /// ```
    pub struct UnknownSdkName {
        code: "SDK002",
        name: "unknown-sdk-name",
        severity: Error,
        summary: "An import of a name a sym.sdk module does not have",
    }
}

impl Rule for UnknownSdkName {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn checks_exprs(&self) -> bool {
        false
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        let Stmt::ImportFrom(import) = stmt else {
            return;
        };
        let Some(module) = &import.module else {
            return;
        };
        if import.level != 0 || !super::is_sym_path(module.as_str()) {
            return;
        }
        let sdk = sym_sdk::sdk();
        if sdk.module(module.as_str()).is_none() {
            return;
        }
        for alias in &import.names {
            let name = alias.name.as_str();
            if name == "*" || name.starts_with('_') || sdk.module_has(module.as_str(), name) {
                continue;
            }
            let diagnostic = cx.report(
                alias.name.range(),
                format!("`{module}` has no name `{name}`"),
            );
            let names = sdk.module_names(module.as_str());
            if let Some(suggestion) = sym_sdk::did_you_mean(name, names.iter().copied()) {
                diagnostic.help = Some(format!("did you mean `{suggestion}`?"));
            }
        }
    }
}
