use sym_syntax::ast::{self, Stmt};

use super::{allowed_list, child_allowed, module_allowed};
use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports imports of modules outside Sym's allowlist: `sym.sdk`,
    /// `requests`, `json` and `datetime`, with their submodules (`import
    /// json.decoder`, `from sym.sdk.integrations import slack`). Every
    /// form counts: `import m`, `import m.sub as alias`, `from m import x`,
    /// and imports inside functions, `try` blocks or code that never runs.
    ///
    /// `import sym` is refused (it is not `sym.sdk`); `from sym import sdk`
    /// is the one way to import from `sym` itself. `from __future__ import
    /// ...` is refused like any other module.
    ///
    /// ## Why
    /// Sym checks every import statement of the file against the allowlist
    /// before running anything; one import outside it and the whole file is
    /// refused, even if the import never executes.
    ///
    /// ## Example
    /// ```python
    /// import os
    ///
    /// def get_approvers(event):
    ///     return os.environ["APPROVERS"]
    /// ```
    ///
    /// ## Instead
    /// Pass configuration through the flow's variables:
    /// ```python
    /// def get_approvers(event):
    ///     return event.flow.vars["approvers"]
    /// ```
    pub struct ImportNotAllowed {
        code: "IMP001",
        name: "import-not-allowed",
        severity: Error,
        summary: "An import outside Sym's allowlist",
    }
}

impl Rule for ImportNotAllowed {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_stmt(&self, stmt: &Stmt, cx: &mut Context<'_>) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    let module = alias.name.id.as_str();
                    if module_allowed(cx.profile, module) {
                        continue;
                    }
                    let message = format!("import of `{module}` is not allowed");
                    let help = help_for(cx, module);
                    cx.report(alias.name.range, message).help = Some(help);
                }
            }
            Stmt::ImportFrom(ast::StmtImportFrom {
                module: Some(module),
                names,
                level: 0,
                ..
            }) => {
                let parent = module.id.as_str();
                if module_allowed(cx.profile, parent) {
                    return;
                }
                let children_allowed = !names.is_empty()
                    && names
                        .iter()
                        .all(|alias| child_allowed(cx.profile, parent, alias.name.id.as_str()));
                if children_allowed {
                    return;
                }
                // `from sym import sdk, x`: point at what is wrong, not at `sym`.
                let some_children_allowed = names
                    .iter()
                    .any(|alias| child_allowed(cx.profile, parent, alias.name.id.as_str()));
                if some_children_allowed {
                    for alias in names {
                        let name = alias.name.id.as_str();
                        if child_allowed(cx.profile, parent, name) {
                            continue;
                        }
                        let message = format!("import of `{parent}.{name}` is not allowed");
                        let children: Vec<String> = cx
                            .profile
                            .allowed_modules
                            .iter()
                            .filter_map(|allowed| {
                                let child = allowed.strip_prefix(parent)?.strip_prefix('.')?;
                                (!child.contains('.')).then(|| format!("`{child}`"))
                            })
                            .collect();
                        let help = format!(
                            "only {} can be imported from `{parent}`; remove `{name}`",
                            children.join(", ")
                        );
                        cx.report(alias.name.range, message).help = Some(help);
                    }
                    return;
                }
                let message = format!("import from `{parent}` is not allowed");
                let help = help_for(cx, parent);
                cx.report(module.range, message).help = Some(help);
            }
            // Relative imports are `IMP002`'s.
            _ => {}
        }
    }
}

fn help_for(cx: &Context<'_>, module: &str) -> String {
    let allowed = allowed_list(cx.profile);
    if module == "sym" {
        return format!(
            "import the SDK itself: `from sym import sdk` or `import sym.sdk` (allowed: {allowed})"
        );
    }
    if module == "__future__" {
        return format!("remove it: Sym runs Python 3.11 and allows only these modules: {allowed}");
    }
    format!("Sym's runtime only provides these modules: {allowed}")
}
