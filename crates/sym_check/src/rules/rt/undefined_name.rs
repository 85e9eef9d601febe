use sym_syntax::ast::{Expr, ExprContext};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::semantic::python_builtins::is_python_builtin;
use crate::semantic::{Resolution, ScopeId, ScopeKind, SemanticModel, UnboundReason};

declare_rule! {
    /// ## What it does
    /// Reports a name that holds no value where it is read: a name bound
    /// nowhere the code can see (often a typo), a module-level name read
    /// before the module defines it, and an `except ... as e` name read
    /// after its handler. Class attributes read bare inside a method are
    /// included: a method does not see its class body's names.
    ///
    /// ## Why
    /// RestrictedPython compiles such code, and the handler then fails with
    /// `NameError` (or `UnboundLocalError`) when Sym runs it.
    ///
    /// ## Example
    /// ```python
    /// def get_approvers(event):
    ///     channel = slack.channel("#access")
    ///     return chanel
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def get_approvers(event):
    ///     channel = slack.channel("#access")
    ///     return channel
    /// ```
    pub struct UndefinedName {
        code: "RT002",
        name: "undefined-name",
        severity: Error,
        summary: "A name that is not defined where it is used",
    }
}

impl Rule for UndefinedName {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::NAME
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Name(name) = expr else {
            return;
        };
        // Loads, and the target of `x += ...` (a store that reads first).
        if name.ctx == ExprContext::Del {
            return;
        }
        let id = name.id.as_str();
        if super::refused_by_restricted_python(id) {
            return;
        }
        let semantic = cx.semantic();
        let Some(load) = semantic.load(name) else {
            return;
        };
        if load.guarded {
            return;
        }
        let Resolution::Unbound(reason) = load.resolution else {
            return;
        };
        match reason {
            UnboundReason::NoBinding => {
                // RT001 reports the builtins the runtime lacks.
                if is_python_builtin(id) {
                    return;
                }
                let help = if let Some(class) = semantic.enclosing_class_binding(load.scope, id) {
                    let class_name = semantic
                        .scope(class)
                        .name
                        .as_ref()
                        .map_or("the class", |name| name.as_str());
                    if matches!(
                        semantic.scope(load.scope).kind,
                        ScopeKind::Function | ScopeKind::Lambda
                    ) {
                        Some(format!(
                            "a method does not see its class body's names: write `self.{id}` or `{class_name}.{id}`"
                        ))
                    } else {
                        Some(format!(
                            "only the first `for` iterable of a comprehension sees the names of class `{class_name}`; compute this outside the class body"
                        ))
                    }
                } else {
                    did_you_mean(&semantic, cx, load.scope, id)
                        .map(|candidate| format!("did you mean `{candidate}`?"))
                };
                let diagnostic = cx.report(
                    name.range,
                    format!("`{id}` is not defined: this raises NameError"),
                );
                diagnostic.help = help;
            }
            UnboundReason::BeforeDefinition => {
                let first = semantic
                    .scope(ScopeId::MODULE)
                    .symbol(id)
                    .and_then(|symbol| {
                        semantic
                            .symbol(symbol)
                            .bindings
                            .iter()
                            .map(|binding| semantic.binding(*binding))
                            .find(|binding| binding.kind.defines())
                    })
                    .map(|binding| binding.range);
                let diagnostic = cx.report(
                    name.range,
                    format!("`{id}` is used before it is defined: this raises NameError"),
                );
                diagnostic.help = Some(format!("define `{id}` above this line"));
                if let Some(range) = first.filter(|range| *range != name.range) {
                    diagnostic.labels.push(sym_diagnostics::Label {
                        range,
                        message: format!("`{id}` is defined here"),
                    });
                }
            }
            UnboundReason::AfterExceptHandler => {
                let diagnostic = cx.report(
                    name.range,
                    format!(
                        "`{id}` is unbound here: Python deletes an `except ... as {id}` name when its handler ends"
                    ),
                );
                diagnostic.help = Some(format!(
                    "to use it after the handler, copy it there: `saved_{id} = {id}`"
                ));
            }
        }
    }
}

/// The closest name the code can see, if one is close enough to be a typo.
fn did_you_mean(
    semantic: &SemanticModel,
    cx: &Context<'_>,
    scope: ScopeId,
    name: &str,
) -> Option<String> {
    let limit = match name.chars().count() {
        0..=2 => return None,
        3..=5 => 1,
        _ => 2,
    };
    let visible = semantic.visible_names(scope);
    let candidates = visible
        .iter()
        .map(|candidate| candidate.as_str())
        .chain(cx.profile.builtins().iter().map(String::as_str))
        .filter(|candidate| !super::refused_by_restricted_python(candidate));
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        let distance = edit_distance(name, candidate);
        if distance <= limit && best.is_none_or(|(best_distance, _)| distance < best_distance) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate.to_string())
}

/// Levenshtein distance over characters, counting a case change as one
/// edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, a_char) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        assert_eq!(edit_distance("chanel", "channel"), 1);
        assert_eq!(edit_distance("approvers", "aprover"), 2);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "ab"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
