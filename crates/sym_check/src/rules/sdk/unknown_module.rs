use sym_syntax::ast::Stmt;
use sym_syntax::{Ranged, TextRange};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports an import of a `sym` module that the SDK does not have, such
    /// as `sym.sdk.integration` (for `sym.sdk.integrations`), and suggests
    /// the closest module that exists.
    ///
    /// ## Why
    /// The import fails when Sym loads impl.py, so no handler of the flow
    /// runs.
    ///
    /// ## Example
    /// ```python
    /// from sym.sdk.integration import slack
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from sym.sdk.integrations import slack
    /// ```
    pub struct UnknownSdkModule {
        code: "SDK001",
        name: "unknown-sdk-module",
        severity: Error,
        summary: "An import of a sym.sdk module that does not exist",
    }
}

impl Rule for UnknownSdkModule {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn checks_exprs(&self) -> bool {
        false
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    check_module(cx, alias.name.as_str(), alias.name.range());
                }
            }
            Stmt::ImportFrom(import) if import.level == 0 => {
                if let Some(module) = &import.module {
                    check_module(cx, module.as_str(), module.range());
                }
            }
            _ => {}
        }
    }
}

fn check_module(cx: &mut Context<'_>, path: &str, range: TextRange) {
    if !super::is_sym_path(path) {
        return;
    }
    let sdk = sym_sdk::sdk();
    if sdk.module(path).is_some() {
        return;
    }
    // The first part that does not exist, e.g. `integration` in sym.sdk.integration.slack.
    let mut known = "sym.sdk".to_string();
    for part in path.split('.').skip(2) {
        let candidate = format!("{known}.{part}");
        if sdk.module(&candidate).is_none() {
            if part.starts_with('_') {
                // Private modules of the SDK are not described; stay silent.
                return;
            }
            let subs: Vec<&str> = sdk.submodules(&known).collect();
            let diagnostic = cx.report(range, format!("No module named `{candidate}`"));
            if let Some(suggestion) = sym_sdk::did_you_mean(part, subs) {
                diagnostic.help = Some(format!("did you mean `{known}.{suggestion}`?"));
            }
            return;
        }
        known = candidate;
    }
}
