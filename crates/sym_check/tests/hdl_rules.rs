//! HDL rules: exact codes, messages and positions, and silence on valid handlers.

use sym_check::{Settings, check_parsed};
use sym_diagnostics::Severity;

/// `line:column CODE message (help)` for each diagnostic whose code starts with `prefix`.
fn findings(source: &str, prefix: &str) -> Vec<String> {
    let parsed = sym_syntax::parse(source);
    check_parsed(&parsed, &Settings::default())
        .into_iter()
        .filter(|d| d.code.starts_with(prefix))
        .map(|d| {
            let at = parsed.line_index().line_col(d.range.start());
            let help = d.help.map(|h| format!(" ({h})")).unwrap_or_default();
            format!("{}:{} {} {}{help}", at.line, at.column, d.code, d.message)
        })
        .collect()
}

const HEADER: &str = "\
from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.field_option import FieldOption


@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)
";

/// HEADER then `rest`; the first line of `rest` is line 13.
fn file(rest: &str) -> String {
    format!("{HEADER}\n{rest}")
}

const NONE: Vec<String> = Vec::new();

#[test]
fn hdl001_decorator_does_not_match_name() {
    let source = file(
        "@hook\ndef get_request_notifications(event):\n    return []\n\n@reducer\ndef on_request(event):\n    pass\n",
    );
    assert_eq!(
        findings(&source, "HDL"),
        [
            "13:1 HDL001 `get_request_notifications` is a reducer (get_*), but it is decorated with @hook (decorate it with @reducer)",
            "17:1 HDL001 `on_request` is a hook (on_*/after_*), but it is decorated with @reducer (decorate it with @hook)",
        ]
    );
}

#[test]
fn hdl001_matching_decorators_are_silent() {
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    return []\n\n@hook\ndef on_request(event):\n    pass\n\n@prefetch(field_name='x')\ndef get_x(event):\n    return []\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl002_known_name_without_decorator() {
    let source = file("def on_approve(event):\n    pass\n");
    assert_eq!(
        findings(&source, "HDL"),
        [
            "13:5 HDL002 `on_approve` is a hook name, but it has no @hook decorator, so Sym never calls it (add `@hook` (from sym.sdk.annotations import hook))"
        ]
    );
}

#[test]
fn hdl002_helpers_and_nested_functions_are_silent() {
    let source = file(
        "def is_urgent(event):\n    return False\n\nclass Helper:\n    def on_request(self, event):\n        pass\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl003_unknown_handler_names() {
    let source = file(
        "@hook\ndef on_aprove(event):\n    pass\n\n@reducer\ndef get_permision(event):\n    pass\n\n@hook\ndef notify(event):\n    pass\n",
    );
    assert_eq!(
        findings(&source, "HDL003"),
        [
            "14:5 HDL003 `on_aprove` is not a hook Sym calls (did you mean `on_approve`?)",
            "18:5 HDL003 `get_permision` is not a reducer Sym calls (did you mean `get_permissions`?)",
            "22:5 HDL003 `notify` is not a hook Sym calls (hooks are on_<step> or after_<step>, for the steps prompt, request, request_forward, request_expire, approve, deny, escalate, deescalate and ignore)",
        ]
    );
}

#[test]
fn hdl003_every_known_name_is_silent() {
    let mut rest = String::new();
    for step in [
        "prompt",
        "request",
        "request_forward",
        "request_expire",
        "approve",
        "deny",
        "escalate",
        "deescalate",
        "ignore",
    ] {
        rest.push_str(&format!("@hook\ndef on_{step}(event):\n    pass\n\n@hook\ndef after_{step}(event):\n    pass\n\n"));
    }
    rest.push_str("@reducer\ndef get_request_notifications(event):\n    return []\n");
    assert_eq!(findings(&file(&rest), "HDL"), NONE);
}

#[test]
fn hdl004_handler_must_take_the_event() {
    let source = file(
        "@hook\ndef on_request():\n    pass\n\n@hook\ndef on_deny(event, reason):\n    pass\n",
    );
    assert_eq!(
        findings(&source, "HDL004"),
        [
            "14:15 HDL004 `on_request` takes no parameter, but Sym calls it with the event (write `def on_request(event):`)",
            "18:12 HDL004 `on_deny` requires `reason` besides the event, but Sym passes only the event (write `def on_deny(event):`)",
        ]
    );
}

#[test]
fn hdl004_optional_extra_parameters_are_silent() {
    let source = file("@hook\ndef on_request(evt, extra=None, *, flag=False):\n    pass\n");
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl005_missing_get_permissions_is_info() {
    let source =
        "from sym.sdk.annotations import hook\n\n@hook\ndef on_request(event):\n    pass\n";
    let parsed = sym_syntax::parse(source);
    let found: Vec<(Severity, String)> = check_parsed(&parsed, &Settings::default())
        .into_iter()
        .filter(|d| d.code == "HDL005")
        .map(|d| (d.severity, d.message))
        .collect();
    assert_eq!(
        found,
        [(Severity::Info, "This file defines no get_permissions reducer (or legacy get_approvers); a flow needs one to know who may approve".to_string())]
    );
}

#[test]
fn hdl005_silent_with_get_permissions_or_get_approvers() {
    assert_eq!(findings(HEADER, "HDL"), NONE);
    let legacy = "from sym.sdk.annotations import reducer\nfrom sym.sdk.integrations import slack\n\n@reducer\ndef get_approvers(event):\n    return slack.channel('#a')\n";
    assert_eq!(findings(legacy, "HDL"), NONE);
    assert_eq!(findings("x = 1\n", "HDL"), NONE);
}

#[test]
fn hdl006_get_approvers_beside_get_permissions() {
    let source = file("@reducer\ndef get_approvers(event):\n    return slack.channel('#a')\n");
    assert_eq!(
        findings(&source, "HDL"),
        [
            "14:5 HDL006 `get_approvers` is the legacy form of `get_permissions`; define only one of them (keep get_permissions and route requests in get_request_notifications)"
        ]
    );
    // Sym runs a flow with both, so it is a note, not a warning.
    let parsed = sym_syntax::parse(&source);
    let severities: Vec<_> = sym_check::check_parsed(&parsed, &sym_check::Settings::default())
        .into_iter()
        .filter(|d| d.code == "HDL006")
        .map(|d| d.severity)
        .collect();
    assert_eq!(severities, [sym_diagnostics::Severity::Info]);
}

#[test]
fn hdl007_prefetch_field_name() {
    let source = file(
        "FIELD = 'targets'\n\n@prefetch\ndef get_a(event):\n    return []\n\n@prefetch(field_name=FIELD)\ndef get_b(event):\n    return []\n\n@prefetch()\ndef get_c(event):\n    return []\n",
    );
    assert_eq!(
        findings(&source, "HDL007"),
        [
            "15:1 HDL007 @prefetch needs the name of the prompt field it fills (write `@prefetch(field_name=\"...\")`)",
            "19:22 HDL007 @prefetch's `field_name` must be a string literal (Sym reads the field name without running the code: write the name itself, e.g. \"targets\")",
            "23:1 HDL007 @prefetch is missing `field_name`, the prompt field it fills (write `@prefetch(field_name=\"...\")`)",
        ]
    );
}

#[test]
fn hdl007_literal_field_names_are_silent() {
    let source = file(
        "@prefetch(field_name='targets')\ndef get_a(event):\n    return []\n\n@prefetch('groups')\ndef get_b(event):\n    return []\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl008_wrong_return_values() {
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    return Notification(destinations=[slack.channel('#a')])\n\n@hook\ndef after_approve(event):\n    return ApprovalTemplate.approve()\n\n@hook\ndef on_request(event):\n    return True\n\n@prefetch(field_name='x')\ndef get_x(event):\n    return [slack.channel('#a')]\n",
    );
    assert_eq!(
        findings(&source, "HDL008"),
        [
            "15:12 HDL008 `get_request_notifications` must return a list of Notification, but this returns a Notification (wrap it in a list: `return [Notification(...)]`)",
            "19:12 HDL008 `after_approve` must return None, but this returns the event of the `approve` step (after_* hooks run once the step is done and cannot change it; return the event from an on_* hook instead)",
            "23:12 HDL008 `on_request` must return None or a template step's event (e.g. ApprovalTemplate.approve()), but this returns a bool",
            "27:12 HDL008 `get_x` must return a list of FieldOption, but this returns a list",
        ]
    );
}

#[test]
fn hdl008_get_permissions_returning_a_list_or_none() {
    let source = "from sym.sdk.annotations import reducer\nfrom sym.sdk.request_permission import PermissionLevel\n\n@reducer\ndef get_permissions(event):\n    if event.payload.fields['x']:\n        return [PermissionLevel.ADMIN]\n    return None\n";
    assert_eq!(
        findings(source, "HDL008"),
        [
            "7:16 HDL008 `get_permissions` must return a RequestPermission, but this returns a list",
            "8:12 HDL008 `get_permissions` must return a RequestPermission, but this returns None",
        ]
    );
}

#[test]
fn hdl008_valid_and_unknown_returns_are_silent() {
    let source = file(
        "def pick(event):\n    return [Notification(destinations=[slack.channel('#a')])]\n\n@reducer\ndef get_request_notifications(event):\n    if event.payload.fields['x']:\n        return pick(event)\n    return event.payload.fields['anything']\n\n@hook\ndef on_request(event):\n    if event.payload.fields['y']:\n        return Template.ignore(message='no')\n    return\n\n@hook\ndef after_deny(event):\n    print('denied')\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl009_reducer_can_fall_off_the_end() {
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    if event.payload.fields['urgent']:\n        return [Notification(destinations=[slack.channel('#oncall')])]\n",
    );
    assert_eq!(
        findings(&source, "HDL"),
        [
            "14:5 HDL009 `get_request_notifications` can reach its end without a return, and Sym then gets None; it must return a list of Notification (add a `return` for every path, or raise an error)"
        ]
    );
}

#[test]
fn hdl009_every_path_returns_or_raises() {
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    if event.payload.fields['a']:\n        return []\n    elif event.payload.fields['b']:\n        raise ValueError('b')\n    else:\n        try:\n            return []\n        except KeyError:\n            return []\n\n@prefetch(field_name='x')\ndef get_x(event):\n    while True:\n        return []\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
}

#[test]
fn hdl009_loop_else_that_returns_is_an_exit() {
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    for name in ['#a']:\n        if name:\n            return [Notification(destinations=[slack.channel(name)])]\n    else:\n        return []\n",
    );
    assert_eq!(findings(&source, "HDL"), NONE);
    let source = file(
        "@reducer\ndef get_request_notifications(event):\n    for name in ['#a']:\n        if name:\n            break\n    else:\n        return []\n",
    );
    assert_eq!(findings(&source, "HDL009").len(), 1);
}

#[test]
fn hdl002_plain_python_without_the_sdk_is_silent() {
    let source = "import asyncio\n\n\nasync def on_request(event):\n    print(event)\n";
    assert_eq!(findings(source, "HDL"), NONE);
}

#[test]
fn hdl009_plain_python_without_the_sdk_is_silent() {
    let source = "def get_permissions(user):\n    if user:\n        return ['read']\n";
    assert_eq!(findings(source, "HDL"), NONE);
}
