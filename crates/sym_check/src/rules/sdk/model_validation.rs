use sym_syntax::Ranged;
use sym_syntax::ast::Expr;

use super::{Literal, bind_call, literal};
use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::types::Ty;

declare_rule! {
    /// ## What it does
    /// Applies the checks the SDK's models make when their values are
    /// written literally: a `Notification` with no destinations or with more
    /// than one Slack destination, a `slack.channel` that is neither a
    /// `#name` nor a channel id starting with C, D or G, a `FieldOption`
    /// label or value longer than 55 characters, and a `RequestPermission`
    /// level that is empty or a string other than `"admin"`, `"member"` or
    /// `"all_users"`.
    ///
    /// ## Why
    /// The model raises a validation error when the handler runs, and the
    /// request fails for everyone.
    ///
    /// ## Example
    /// ```python
    /// Notification(destinations=[slack.channel("#ops"), slack.channel("#sre")])
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// [
    ///     Notification(destinations=[slack.channel("#ops")]),
    ///     Notification(destinations=[slack.channel("#sre")]),
    /// ]
    /// ```
    pub struct ModelValidation {
        code: "SDK009",
        name: "sdk-model-validation",
        severity: Error,
        summary: "A literal value the SDK's model refuses",
    }
}

const SLACK_DESTINATION: &str = "sym.sdk.request_destination.SlackRequestDestination";
const LEVELS: &[&str] = &["admin", "member", "all_users"];
const MAX_OPTION_LENGTH: usize = 55;

impl Rule for ModelValidation {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::CALL
    }

    fn checks_stmts(&self) -> bool {
        false
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Call(call) = expr else {
            return;
        };
        let sdk = sym_sdk::sdk();
        let types = cx.types();
        let Some(bound) = bind_call(sdk, &types, call) else {
            return;
        };
        let callee_ty = types.type_of(&call.func);
        let target = match &callee_ty {
            Ty::Function(path) | Ty::ClassObject(path) => &**path,
            _ => return,
        };
        match target {
            "sym.sdk.notifications.Notification" => {
                let Some(arg) = bound.argument("destinations") else {
                    return;
                };
                let Some(Literal::List(elts)) = literal(arg) else {
                    return;
                };
                if elts.is_empty() {
                    cx.report(arg.range(), "A Notification needs at least one destination");
                    return;
                }
                let slack: Vec<&Expr> = elts
                    .iter()
                    .filter(|elt| {
                        let ty = types.type_of(elt);
                        !ty.has_unknown()
                            && ty.members().iter().all(|m| match m {
                                Ty::Instance(path) => sdk.is_subclass(path, SLACK_DESTINATION),
                                _ => false,
                            })
                    })
                    .collect();
                if let Some(second) = slack.get(1) {
                    let diagnostic = cx.report(
                        second.range(),
                        format!(
                            "A Notification may have only one Slack destination; this one has {}",
                            slack.len()
                        ),
                    );
                    diagnostic.help = Some(
                        "put each Slack destination in its own Notification: they are tried in order"
                            .to_string(),
                    );
                }
            }
            "sym.sdk.integrations.slack.channel" => {
                if let Some(arg) = bound.argument("name") {
                    check_channel(cx, arg, true);
                }
            }
            "sym.sdk.request_destination.SlackChannelID" => {
                if let Some(arg) = bound.argument("channel_id") {
                    check_channel(cx, arg, false);
                }
            }
            "sym.sdk.forms.FieldOption" => {
                if let Some(arg) = bound.argument("label")
                    && let Some(Literal::Str(text)) = literal(arg)
                {
                    let length = text.chars().count();
                    if length > MAX_OPTION_LENGTH && !matches!(arg, Expr::FString(_)) {
                        cx.report(
                                arg.range(),
                                format!("A FieldOption label may have at most 55 characters; this one has {length}"),
                            );
                    }
                }
                if let Some(arg) = bound.argument("value") {
                    match literal(arg) {
                        Some(Literal::None) => {
                            cx.report(arg.range(), "A FieldOption value cannot be None");
                        }
                        Some(Literal::Str(text))
                            if text.chars().count() > MAX_OPTION_LENGTH
                                && !matches!(arg, Expr::FString(_)) =>
                        {
                            cx.report(
                                arg.range(),
                                format!(
                                    "A FieldOption value may have at most 55 characters; this one has {}",
                                    text.chars().count()
                                ),
                            );
                        }
                        _ => {}
                    }
                }
            }
            "sym.sdk.request_permission.RequestPermission" => {
                for name in ["webapp_view", "approve_deny"] {
                    let Some(arg) = bound.argument(name) else {
                        continue;
                    };
                    match literal(arg) {
                        Some(Literal::Str(text)) if matches!(arg, Expr::StringLiteral(_)) => {
                            if text.is_empty() {
                                cx.report(arg.range(), format!("`{name}` cannot be empty"));
                            } else if !LEVELS.contains(&text) {
                                let diagnostic = cx.report(
                                    arg.range(),
                                    format!("\"{text}\" is not a permission level"),
                                );
                                diagnostic.help = Some(match sym_sdk::did_you_mean(text, LEVELS.iter().copied()) {
                                    Some(level) => format!("did you mean \"{level}\"?"),
                                    None => "use PermissionLevel.ADMIN, .MEMBER or .ALL_USERS (or \"admin\", \"member\", \"all_users\"), or a list of user ids".to_string(),
                                });
                            }
                        }
                        Some(Literal::List([])) => {
                            cx.report(arg.range(), format!("`{name}` cannot be empty"));
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
}

/// Checks a literal Slack channel: `#name`, or an id starting with C, D or G.
fn check_channel(cx: &mut Context<'_>, arg: &Expr, names_allowed: bool) {
    let Expr::StringLiteral(literal) = arg else {
        return;
    };
    let raw = literal.value.to_str();
    if names_allowed && raw.starts_with('#') {
        return;
    }
    let id = raw.trim();
    match id.chars().next() {
        None => {
            cx.report(arg.range(), "The Slack channel is empty");
        }
        Some('C' | 'D' | 'G') => {}
        Some(_) => {
            let what = if names_allowed {
                "neither a #channel name nor a Slack channel id (C…, D… or G…)"
            } else {
                "not a Slack channel id (C…, D… or G…)"
            };
            let diagnostic = cx.report(arg.range(), format!("\"{raw}\" is {what}"));
            if names_allowed {
                diagnostic.help = Some(format!("did you mean \"#{id}\"?"));
            }
        }
    }
}
