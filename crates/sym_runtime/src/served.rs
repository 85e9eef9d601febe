//! The SDK's host functions, registered from the descriptor.
//!
//! Every function, method and constructor the runtime serves is a
//! [`Signature`] of [`crate::descriptor`] (generated from `sym_sdk`) plus an
//! [`Implementation`] found by the signature's path. A call is bound through
//! the signature ([`crate::bind`]) and the implementation reads its
//! arguments by parameter name, so a name or a parameter cannot exist on
//! one side only: a module's members are the descriptor's functions of that
//! module, an implementation without a signature is never reached (a test
//! fails on it), and a descriptor function without an implementation raises
//! `UnmockedCall` naming it, as the reference runner does.

use std::rc::Rc;

use sym_vm::{Error, Value, Vm};

use crate::bind::{self, BindError, Bound, Kind, Param, Signature, Style};
use crate::descriptor::SIGNATURES;
use crate::integrations as imp;
use crate::sdk::{Shared, unmocked, validation};

/// One call as an implementation sees it.
pub struct Call<'a> {
    /// The run's state; `None` for methods made where no run state is at
    /// hand (an enum member's), whose implementations do not need it.
    pub st: Option<&'a Shared>,
    /// What the method is bound to (the receiver's data it reads), or None.
    pub receiver: &'a Value,
    pub args: &'a Bound,
    pub signature: &'static Signature,
    /// The name messages give the callable.
    pub display: &'a str,
}

impl Call<'_> {
    /// The run's state (every callable that needs it is made with it).
    pub fn state(&self) -> Result<&Shared, Error> {
        self.st
            .ok_or_else(|| Error::fatal("SystemError", "no run state for an SDK call"))
    }
}

pub type Run = fn(&mut Vm, &Call<'_>) -> Result<Value, Error>;

/// The runtime's behaviour for one descriptor signature.
pub struct Implementation {
    /// The signature's path in the descriptor.
    pub path: &'static str,
    /// The name CPython's messages give the reference runner's version of
    /// it (its function's `__qualname__`, or the model's class name).
    pub display: &'static str,
    pub style: Style,
    /// The reference runner's signature where it differs from the
    /// descriptor's: the runner's output is what a run reproduces, and a
    /// test keeps each of these different from the descriptor (see
    /// [`RUNNER_SIGNATURES`]).
    pub runner_signature: Option<&'static Signature>,
    pub run: Run,
}

const PY: Style = Style::Python { method: false };
const METHOD: Style = Style::Python { method: true };

const fn function(path: &'static str, display: &'static str, run: Run) -> Implementation {
    Implementation {
        path,
        display,
        style: PY,
        runner_signature: None,
        run,
    }
}

const fn method(path: &'static str, display: &'static str, run: Run) -> Implementation {
    Implementation {
        path,
        display,
        style: METHOD,
        runner_signature: None,
        run,
    }
}

const fn model(path: &'static str, display: &'static str) -> Implementation {
    Implementation {
        path,
        display,
        style: Style::Model,
        runner_signature: None,
        run: crate::sdk::construct_model,
    }
}

const fn step(path: &'static str, display: &'static str) -> Implementation {
    Implementation {
        path,
        display,
        style: Style::KeywordsAsGiven,
        runner_signature: None,
        run: imp::template_step,
    }
}

/// The reference runner's `SlackUser` keeps what `slack.user()` was given
/// as `user`; the SDK's field is `user_id` (it resolves a User to its Slack
/// id, which the runner does not model).
static RUNNER_SLACK_USER: Signature = Signature {
    path: "sym.sdk.request_destination.SlackUser.__init__",
    params: &[
        Param {
            name: "user",
            kind: Kind::KeywordOnly,
            default: None,
        },
        Param {
            name: "allow_self",
            kind: Kind::KeywordOnly,
            default: Some("False"),
        },
        Param {
            name: "timeout",
            kind: Kind::KeywordOnly,
            default: Some("None"),
        },
    ],
};

/// Where the runtime binds by the reference runner's signature rather than
/// the descriptor's, and why (reported; a test keeps each one real).
pub const RUNNER_SIGNATURES: &[(&str, &str)] = &[(
    "sym.sdk.request_destination.SlackUser.__init__",
    "the runner's SlackUser field is `user` (as slack.user() was given it); the SDK's is `user_id`",
)];

/// Every implementation, by descriptor path.
pub static IMPLEMENTATIONS: &[Implementation] = &[
    function(
        "sym.sdk.annotations.reducer",
        "reducer",
        imp::identity_decorator,
    ),
    function("sym.sdk.annotations.hook", "hook", imp::identity_decorator),
    function("sym.sdk.annotations.prefetch", "prefetch", imp::prefetch),
    method(
        "sym.sdk.event.Event.get_actor",
        "Event.get_actor",
        imp::get_actor,
    ),
    method(
        "sym.sdk.event.Event.get_context",
        "Event.get_context",
        imp::get_context,
    ),
    model("sym.sdk.forms.FieldOption.__init__", "FieldOption"),
    function(
        "sym.sdk.integrations.aws_lambda.invoke",
        "lambda_invoke",
        imp::lambda_invoke,
    ),
    function(
        "sym.sdk.integrations.aws_lambda.invoke_async",
        "lambda_invoke_async",
        imp::lambda_invoke_async,
    ),
    function(
        "sym.sdk.integrations.okta.is_user_in_group",
        "okta_is_user_in_group",
        imp::okta_is_user_in_group,
    ),
    function(
        "sym.sdk.integrations.okta.users_in_group",
        "okta_users_in_group",
        imp::okta_users_in_group,
    ),
    function(
        "sym.sdk.integrations.okta.get_user_info",
        "okta_get_user_info",
        imp::okta_get_user_info,
    ),
    function(
        "sym.sdk.integrations.pagerduty.is_on_call",
        "pd_is_on_call",
        imp::pd_is_on_call,
    ),
    function(
        "sym.sdk.integrations.pagerduty.users_on_call",
        "pd_users_on_call",
        imp::pd_users_on_call,
    ),
    function(
        "sym.sdk.integrations.pagerduty.users_for_schedule",
        "pd_users_for_schedule",
        imp::pd_users_for_schedule,
    ),
    function(
        "sym.sdk.integrations.slack.user",
        "slack_user",
        imp::slack_user,
    ),
    function(
        "sym.sdk.integrations.slack.mention",
        "slack_mention",
        imp::slack_mention,
    ),
    function(
        "sym.sdk.integrations.slack.channel",
        "slack_channel",
        imp::slack_channel,
    ),
    function(
        "sym.sdk.integrations.slack.group",
        "slack_group",
        imp::slack_group,
    ),
    function(
        "sym.sdk.integrations.slack.fallback",
        "slack_fallback",
        imp::slack_fallback,
    ),
    function(
        "sym.sdk.integrations.slack.send_message",
        "slack_send_message",
        imp::slack_send_message,
    ),
    function(
        "sym.sdk.integrations.slack.send_thread_message",
        "slack_send_thread_message",
        imp::slack_send_thread_message,
    ),
    function(
        "sym.sdk.integrations.slack.users_in_channel",
        "slack_users_in_channel",
        imp::slack_users_in_channel,
    ),
    model(
        "sym.sdk.notifications.Notification.__init__",
        "Notification",
    ),
    model(
        "sym.sdk.request_destination.SlackChannelID.__init__",
        "SlackChannelID",
    ),
    model(
        "sym.sdk.request_destination.SlackChannelName.__init__",
        "SlackChannelName",
    ),
    Implementation {
        runner_signature: Some(&RUNNER_SLACK_USER),
        ..model(
            "sym.sdk.request_destination.SlackUser.__init__",
            "SlackUser",
        )
    },
    model(
        "sym.sdk.request_destination.SlackUserGroup.__init__",
        "SlackUserGroup",
    ),
    model(
        "sym.sdk.request_destination.RequestDestinationFallback.__init__",
        "RequestDestinationFallback",
    ),
    model(
        "sym.sdk.request_permission.RequestPermission.__init__",
        "RequestPermission",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.prompt",
        "ApprovalTemplate.prompt",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.request",
        "ApprovalTemplate.request",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.approve",
        "ApprovalTemplate.approve",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.deny",
        "ApprovalTemplate.deny",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.escalate",
        "ApprovalTemplate.escalate",
    ),
    step(
        "sym.sdk.templates.approval.ApprovalTemplate.deescalate",
        "ApprovalTemplate.deescalate",
    ),
    function(
        "sym.sdk.templates.step.get_step_output",
        "get_step_output",
        imp::get_step_output,
    ),
    step(
        "sym.sdk.templates.template.Template.ignore",
        "Template.ignore",
    ),
    function("sym.sdk.user.user_ids", "user_ids", imp::user_ids),
    method(
        "sym.sdk.user.UserRole.permission_levels",
        "UserRole.permission_levels",
        imp::permission_levels,
    ),
    method(
        "sym.sdk.user.User.identity",
        "User.identity",
        imp::user_identity,
    ),
];

/// The descriptor's signature at `path`.
pub fn signature(path: &str) -> Option<&'static Signature> {
    SIGNATURES.iter().find(|s| s.path == path)
}

/// The implementation of the signature at `path`.
pub fn implementation(path: &str) -> Option<&'static Implementation> {
    IMPLEMENTATIONS.iter().find(|i| i.path == path)
}

/// The callable the runtime serves for the descriptor's `path`: the call is
/// bound through the signature and run by the implementation, or raises
/// `UnmockedCall` naming it when there is none (before any binding, as in
/// the reference runner). `display` overrides the implementation's name in
/// messages (an inherited class method shows its class: `ApprovalTemplate.ignore`).
/// `None` when the descriptor has no such signature.
pub fn callable(
    vm: &Vm,
    st: Option<&Shared>,
    path: &str,
    receiver: Value,
    display: Option<&str>,
) -> Option<Value> {
    let descriptor = signature(path)?;
    let name = descriptor.name();
    let Some(implementation) = implementation(path) else {
        let call = unmocked_name(descriptor);
        return Some(vm.native(name, move |_, _, _| Err(unmocked(&call))));
    };
    let signature = implementation.runner_signature.unwrap_or(descriptor);
    let display: Rc<str> = Rc::from(display.unwrap_or(implementation.display));
    let st = st.cloned();
    Some(vm.native(name, move |vm, args, kwargs| {
        let bound = match bind::bind(signature, implementation.style, &display, args, kwargs) {
            Ok(bound) => bound,
            Err(BindError::Type(message)) => return Err(vm.new_exception("TypeError", message)),
            Err(BindError::FieldRequired(field)) => {
                return Err(match &st {
                    Some(st) => validation(vm, st, &display, field, "field required"),
                    None => {
                        vm.new_exception("ValueError", format!("{display}.{field}: field required"))
                    }
                });
            }
        };
        let call = Call {
            st: st.as_ref(),
            receiver: &receiver,
            args: &bound,
            signature,
            display: &display,
        };
        (implementation.run)(vm, &call)
    }))
}

/// How `UnmockedCall` names a descriptor function: `okta.list_groups` for an
/// integration's, the dotted path after `sym.sdk.` otherwise.
fn unmocked_name(signature: &Signature) -> String {
    let path = signature.path;
    path.strip_prefix("sym.sdk.integrations.")
        .or_else(|| path.strip_prefix("sym.sdk."))
        .unwrap_or(path)
        .to_string()
}

/// Calls the served constructor or function at `path` (one SDK helper
/// building another's model goes through the same binding).
pub fn call_path(
    vm: &mut Vm,
    st: &Shared,
    path: &str,
    kwargs: Vec<(&str, Value)>,
) -> Result<Value, Error> {
    let Some(f) = callable(vm, Some(st), path, Value::None, None) else {
        return Err(Error::fatal(
            "SystemError",
            format!("{path} is not in the descriptor"),
        ));
    };
    let kwargs: Vec<(Rc<str>, Value)> = kwargs.into_iter().map(|(k, v)| (Rc::from(k), v)).collect();
    vm.call(&f, &[], &kwargs)
}

/// Every function the descriptor defines in `module`, served: the members
/// of an integration or SDK module.
pub fn module_functions(vm: &Vm, st: &Shared, module: &str) -> Vec<(&'static str, Value)> {
    SIGNATURES
        .iter()
        .filter(|s| s.owner() == module)
        .filter_map(|s| Some((s.name(), callable(vm, Some(st), s.path, Value::None, None)?)))
        .collect()
}

/// The methods of `class` the runtime implements, bound to `receiver`.
/// A method without an implementation is left out: reading it gives None
/// under `safer_getattr`, as with the reference runner's classes.
pub fn methods(
    vm: &Vm,
    st: Option<&Shared>,
    class: &str,
    receiver: &Value,
) -> Vec<(&'static str, Value)> {
    SIGNATURES
        .iter()
        .filter(|s| {
            s.owner() == class && s.name() != "__init__" && implementation(s.path).is_some()
        })
        .filter_map(|s| Some((s.name(), callable(vm, st, s.path, receiver.clone(), None)?)))
        .collect()
}

/// The constructor of `class` (its descriptor `__init__`), when served.
pub fn constructor(vm: &Vm, st: &Shared, class: &str) -> Option<Value> {
    let path = format!("{class}.__init__");
    implementation(&path)?;
    callable(vm, Some(st), &path, Value::None, None)
}
