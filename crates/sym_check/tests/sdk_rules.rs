//! SDK rules: exact codes, messages and positions, and silence on valid code.

use sym_check::{Settings, check_parsed};

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
from sym.sdk.integrations import slack, okta, pagerduty
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template
from sym.sdk.field_option import FieldOption
";

/// A hook body after HEADER (line 9 is the first body line).
fn in_hook(body: &str) -> String {
    format!("{HEADER}\n@hook\ndef on_request(event):\n{body}")
}

#[test]
fn sdk001_unknown_module_with_suggestion() {
    assert_eq!(
        findings("from sym.sdk.integration import slack\n", "SDK"),
        ["1:6 SDK001 No module named `sym.sdk.integration` (did you mean `sym.sdk.integrations`?)"]
    );
    assert_eq!(
        findings("import sym.sdk.templats\n", "SDK"),
        ["1:8 SDK001 No module named `sym.sdk.templats` (did you mean `sym.sdk.templates`?)"]
    );
}

#[test]
fn sdk001_known_modules_are_silent() {
    let source = "import sym.sdk.integrations.slack\nfrom sym import sdk\nfrom sym.sdk.field_option import FieldOption\nfrom sym.sdk.annotations._handlers import hook\nimport requests\nimport os\n";
    assert_eq!(findings(source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk002_unknown_name_with_suggestion() {
    assert_eq!(
        findings("from sym.sdk.integrations import okta, slak\n", "SDK"),
        ["1:40 SDK002 `sym.sdk.integrations` has no name `slak` (did you mean `slack`?)"]
    );
    assert_eq!(
        findings("from sym.sdk import Notification\n", "SDK002").len(),
        1
    );
}

#[test]
fn sdk002_reexports_and_submodules_are_silent() {
    let source = "from sym.sdk import reducer, hook, ApprovalTemplate, PermissionLevel, slack, templates\nfrom sym.sdk.integrations import channel, users_in_group\nfrom sym.sdk.models import User, AccessTarget\nfrom sym.sdk.exceptions import SlackError\n";
    assert_eq!(findings(source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk003_unknown_attributes_along_the_event() {
    let source = in_hook(
        "    a = event.usr\n    b = event.payload.field\n    c = event.user.mail\n    d = slack.chanel('#x')\n",
    );
    assert_eq!(
        findings(&source, "SDK"),
        [
            "10:15 SDK003 `Event` object has no attribute `usr` (did you mean `user`?)",
            "11:23 SDK003 `Payload` object has no attribute `field` (did you mean `fields`?)",
            "12:20 SDK003 `User` object has no attribute `mail` (did you mean `email`?)",
            "13:15 SDK003 module `sym.sdk.integrations.slack` has no attribute `chanel` (did you mean `channel`?)",
        ]
    );
}

#[test]
fn sdk003_follows_locals_helpers_and_comprehensions() {
    let source = format!(
        "{HEADER}\ndef requester(e):\n    return e.user\n\n@hook\ndef on_request(event):\n    u = requester(event)\n    print(u.emial)\n    names = [x.usrname for x in okta.users_in_group(group_id='g')]\n"
    );
    assert_eq!(
        findings(&source, "SDK"),
        [
            "14:13 SDK003 `User` object has no attribute `emial` (did you mean `email`?)",
            "15:16 SDK003 `User` object has no attribute `usrname` (did you mean `username`?)",
        ]
    );
}

#[test]
fn sdk003_silent_on_known_and_unknown_values() {
    let source = in_hook(
        "    t = event.payload.fields['target']\n    print(t.anything, event.flow.vars['x'].upper(), event.flow.slug, event.user.identities)\n    r = event.run.source_channel.type\n    print(PermissionLevel.ADMIN.lower(), event.user.role.value)\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk004_arity_keyword_only_and_missing() {
    let source = in_hook(
        "    okta.users_in_group('00g1')\n    Notification(timeout=5)\n    slack.channel('#a', False, None, 1)\n    slack.channel('#a', name='#b')\n",
    );
    assert_eq!(
        findings(&source, "SDK004"),
        [
            "10:25 SDK004 `okta.users_in_group()` takes `group_id` as a keyword argument only (0 positional allowed, 1 given) (write `group_id='00g1'`)",
            "11:5 SDK004 `Notification()` is missing the required argument `destinations`",
            "12:38 SDK004 `slack.channel()` takes 3 positional arguments but 4 were given",
            "13:25 SDK004 `slack.channel()` got more than one value for `name`",
        ]
    );
}

#[test]
fn sdk004_valid_calls_and_unpacking_are_silent() {
    let source = in_hook(
        "    kw = {'group_id': 'x'}\n    okta.users_in_group(**kw)\n    slack.fallback(slack.channel('#a'), slack.user('U1'), continue_on_timeout=True)\n    ApprovalTemplate.approve(reason='x', duration=60)\n    pagerduty.is_on_call(event.user)\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk005_unknown_keyword_with_suggestion() {
    let source = in_hook(
        "    slack.channel('#a', allowself=True)\n    Notification(destinations=[slack.channel('#a')], timout=3)\n",
    );
    assert_eq!(
        findings(&source, "SDK005"),
        [
            "10:25 SDK005 `slack.channel()` has no parameter `allowself` (did you mean `allow_self`?)",
            "11:54 SDK005 `Notification()` has no parameter `timout` (did you mean `timeout`?)",
        ]
    );
}

#[test]
fn sdk005_kwargs_functions_accept_any_keyword() {
    let source = in_hook("    return ApprovalTemplate.deny(reason='no', anything=1)\n");
    assert_eq!(findings(&source, "SDK005"), Vec::<String>::new());
}

#[test]
fn sdk006_literal_of_wrong_type() {
    let source = in_hook(
        "    slack.channel('#x', allow_self='maybe')\n    Notification(destinations=[slack.channel('#x')], timeout='soon')\n    okta.is_user_in_group('bob@example.com', group_id='g')\n",
    );
    assert_eq!(
        findings(&source, "SDK006"),
        [
            "10:36 SDK006 `allow_self` of `slack.channel()` takes bool, not str `'maybe'`",
            "11:62 SDK006 `timeout` of `Notification()` takes Optional[int], not str `'soon'`",
            "12:27 SDK006 `user` of `okta.is_user_in_group()` takes User, not str `'bob@example.com'`",
        ]
    );
}

#[test]
fn sdk006_matching_and_computed_values_are_silent() {
    let source = in_hook(
        "    slack.channel('#x', allow_self=True, timeout=None)\n    slack.channel(event.flow.vars['c'], allow_self=event.flow.vars['s'])\n    RequestPermission(webapp_view='admin', approve_deny=['5f0c9e5e-0000-0000-0000-000000000000'])\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk006_values_pydantic_converts_are_silent() {
    // The SDK's models are pydantic 1 models: these run and mean what
    // they say.
    let source = in_hook(
        "    slack.channel('#x', allow_self='yes', timeout='300')\n    slack.user('U1', allow_self=0)\n    Notification(destinations=[slack.channel('#x')], timeout=1.5)\n    RequestPermission(webapp_view='admin', approve_deny='member', allow_self_approval=1)\n    slack.group(['U1'], allow_self='False', timeout=60.0)\n",
    );
    assert_eq!(findings(&source, "SDK006"), Vec::<String>::new());
}

#[test]
fn sdk007_unknown_enum_member() {
    let source = in_hook("    level = PermissionLevel.OWNER\n    other = PermissionLevel.ADMN\n");
    assert_eq!(
        findings(&source, "SDK"),
        [
            "10:29 SDK007 `PermissionLevel` has no member `OWNER` (its members are ADMIN, MEMBER, ALL_USERS)",
            "11:29 SDK007 `PermissionLevel` has no member `ADMN` (did you mean `ADMIN`?)",
        ]
    );
}

#[test]
fn sdk007_known_members_are_silent() {
    let source = in_hook(
        "    print(PermissionLevel.ADMIN, PermissionLevel.MEMBER, PermissionLevel.ALL_USERS)\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk008_unknown_template_step() {
    let source = in_hook("    return ApprovalTemplate.accept()\n");
    assert_eq!(
        findings(&source, "SDK"),
        [
            "10:29 SDK008 `ApprovalTemplate` has no step `accept` (its steps are prompt, request, approve, deny, escalate, deescalate, ignore)"
        ]
    );
    let source = in_hook("    return Template.ignor()\n");
    assert_eq!(
        findings(&source, "SDK"),
        ["10:21 SDK008 `Template` has no step `ignor` (did you mean `ignore`?)"]
    );
}

#[test]
fn sdk008_every_step_is_known() {
    let source = in_hook(
        "    ApprovalTemplate.prompt()\n    ApprovalTemplate.request()\n    ApprovalTemplate.escalate()\n    ApprovalTemplate.deescalate()\n    ApprovalTemplate.ignore(message='x')\n    return ApprovalTemplate.approve()\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk009_model_validations_on_literals() {
    let body = "    Notification(destinations=[])\n    Notification(destinations=[slack.channel('#a'), slack.user('U1')])\n    slack.channel('sym-access')\n    FieldOption(value='v', label='".to_string()
        + &"x".repeat(56)
        + "')\n    RequestPermission(webapp_view='owner', approve_deny='')\n";
    let source = in_hook(&body);
    assert_eq!(
        findings(&source, "SDK009"),
        [
            "10:31 SDK009 A Notification needs at least one destination",
            "11:53 SDK009 A Notification may have only one Slack destination; this one has 2 (put each Slack destination in its own Notification: they are tried in order)",
            "12:19 SDK009 \"sym-access\" is neither a #channel name nor a Slack channel id (C…, D… or G…) (did you mean \"#sym-access\"?)",
            "13:34 SDK009 A FieldOption label may have at most 55 characters; this one has 56",
            "14:35 SDK009 \"owner\" is not a permission level (use PermissionLevel.ADMIN, .MEMBER or .ALL_USERS (or \"admin\", \"member\", \"all_users\"), or a list of user ids)",
            "14:57 SDK009 `approve_deny` cannot be empty",
        ]
    );
}

#[test]
fn sdk009_valid_models_are_silent() {
    let source = in_hook(
        "    Notification(destinations=[slack.channel('#a'), event.user])\n    slack.channel('C0123')\n    slack.channel('G0123')\n    slack.channel('D0123')\n    FieldOption(value='v', label='x' * 80)\n    RequestPermission(webapp_view='all_users', approve_deny='member')\n    dests = []\n    dests.append(slack.channel('#a'))\n    dests.append(slack.channel('#b'))\n    Notification(destinations=dests)\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk010_possibly_none_is_a_warning() {
    let source = in_hook("    low = event.run.source_channel.identifier.lower()\n");
    let parsed = sym_syntax::parse(&source);
    let diagnostics = check_parsed(&parsed, &Settings::default());
    let warning = diagnostics.iter().find(|d| d.code == "SDK010");
    assert_eq!(
        warning.map(|d| (d.severity, d.message.as_str())),
        Some((
            sym_diagnostics::Severity::Warning,
            "`event.run.source_channel.identifier` may be None here; reading `.lower` would fail"
        ))
    );
}

#[test]
fn sdk010_checked_values_are_silent() {
    let source = in_hook(
        "    if source := event.run.source_channel.identifier:\n        print(source.lower())\n    ident = event.run.source_channel.identifier\n    if ident is None:\n        return None\n    print(ident.lower())\n    email = event.user.email or ''\n    print(email.lower())\n    actor = event.get_actor('request')\n    print(actor.username if actor else '')\n    if event.get_actor('approve'):\n        print(event.get_actor('approve').email)\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk010_optional_values_present_in_working_flows_are_silent() {
    // Typed Optional by the SDK, yet there whenever a flow works: valid
    // handlers read them directly.
    let source = in_hook(
        "    domain = event.user.email.split('@')[1].lower()\n    requester = event.get_actor('request')\n    print(requester.first_name, requester.email.lower())\n    print(event.get_context('request')['reason'])\n    print(event.payload.fields['target'].label.upper())\n    print(event.user.identity('slack').user_id)\n    ident = event.run.source_channel.identifier\n    print(ident.lower())\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk006_computed_values_of_the_wrong_kind() {
    let source = in_hook(
        "    okta.is_user_in_group(event.user.email, group_id='g')\n    Notification(destinations=slack.channel('#a'))\n",
    );
    assert_eq!(
        findings(&source, "SDK006"),
        [
            "10:27 SDK006 `user` of `okta.is_user_in_group()` takes User, not a str",
            "11:31 SDK006 `destinations` of `Notification()` takes List[Union[RequestDestination, User]], not a SlackChannelID or a SlackChannelName",
        ]
    );
}

#[test]
fn sdk006_computed_values_that_may_fit_are_silent() {
    let source = in_hook(
        "    slack.channel(event.run.source_channel.identifier)\n    slack.channel('#a', timeout=event.flow.vars['t'])\n    slack.send_message(slack.channel('#a'), event.user.username)\n    okta.is_user_in_group(event.user, group_id=event.flow.vars['g'])\n    Notification(destinations=[event.user])\n",
    );
    assert_eq!(findings(&source, "SDK"), Vec::<String>::new());
}

#[test]
fn sdk003_suggests_the_attribute_one_level_down() {
    let source = in_hook("    print(event.fields['x'], event.vars)\n");
    assert_eq!(
        findings(&source, "SDK"),
        [
            "10:17 SDK003 `Event` object has no attribute `fields` (did you mean `payload.fields`?)",
            "10:36 SDK003 `Event` object has no attribute `vars` (did you mean `flow.vars`?)",
        ]
    );
}

#[test]
fn plain_python_handler_names_are_not_sym_events() {
    let source = "async def on_request(event):\n    print(event.request_id, event.usr)\n";
    assert_eq!(findings(source, "SDK"), Vec::<String>::new());
}
