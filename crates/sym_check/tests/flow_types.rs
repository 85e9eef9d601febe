//! `event.payload.fields` typed by the prompt fields of the flows running
//! the file: the SDK rules see the values, `TF107` reports misuses, and
//! without flows (or when the file changes the dict) nothing is typed.

use std::path::PathBuf;
use std::sync::Arc;

use sym_check::flows::{check_parsed_with_flows, prompt_fields};
use sym_check::types::PromptFields;
use sym_check::{CheckDatabase, Settings, SourceFile, check_parsed};
use sym_syntax::TextRange;
use sym_terraform::{FieldType, Flow, Implementation, Location, PromptField, Strategy, Vars};

fn location() -> Location {
    Location {
        file: PathBuf::from("access.tf"),
        range: TextRange::default(),
    }
}

fn field(name: &str, field_type: FieldType, required: bool) -> PromptField {
    PromptField {
        name: name.to_string(),
        label: None,
        field_type: Some(field_type),
        required,
        allowed_values: None,
        default: None,
        prefetch: false,
        visible: true,
        location: location(),
        name_location: location(),
        prefetch_location: None,
    }
}

fn flow(name: &str, fields: Vec<PromptField>) -> Flow {
    Flow {
        name: Some(name.to_string()),
        label: None,
        resource_name: name.to_string(),
        module_path: Vec::new(),
        implementation: Implementation::File(PathBuf::from("impls/access_impl.py")),
        vars: Vars::default(),
        strategy: Some(Strategy {
            resource_name: Some("okta".into()),
            strategy_type: Some("okta".into()),
            targets: Vec::new(),
            targets_open: None,
        }),
        prompt_fields: fields,
        prompt_fields_open: None,
        location: location(),
    }
}

/// The flow most tests use: one field of every type.
fn access() -> Flow {
    flow(
        "access",
        vec![
            field("reason", FieldType::String, true),
            field("tags", FieldType::StrList, true),
            field("count", FieldType::Int, true),
            field("sizes", FieldType::IntList, true),
            field("urgent", FieldType::Bool, true),
            field("duration", FieldType::Duration, true),
            field("approver", FieldType::SlackUser, true),
            field("backup", FieldType::SlackUser, false),
            field("optional_count", FieldType::Int, false),
            field("reviewers", FieldType::SlackUserList, true),
        ],
    )
}

const HEADER: &str =
    "from sym.sdk.annotations import reducer, hook\nfrom sym.sdk.integrations import slack\n\n";

/// `(code, line, message, help)` of each finding of the type-aware rules
/// (SDK, HDL and TF), checked with `flows`.
fn findings(body: &str, flows: &[&Flow]) -> Vec<(String, usize, String, Option<String>)> {
    let source = format!("{HEADER}{body}");
    let parsed = sym_syntax::parse(&source);
    let diagnostics = if flows.is_empty() {
        check_parsed(&parsed, &Settings::default())
    } else {
        check_parsed_with_flows(&parsed, &Settings::default(), flows).impl_diagnostics
    };
    diagnostics
        .iter()
        .filter(|d| {
            d.code != "HDL005" && ["SDK", "HDL", "TF"].iter().any(|p| d.code.starts_with(p))
        })
        .map(|d| {
            (
                d.code.to_string(),
                parsed.line_index().line_of(d.range.start()) + 1 - 3,
                d.message.clone(),
                d.help.clone(),
            )
        })
        .collect()
}

fn codes(body: &str, flows: &[&Flow]) -> Vec<(String, usize)> {
    findings(body, flows)
        .into_iter()
        .map(|(code, line, _, _)| (code, line))
        .collect()
}

fn hit(code: &str, line: usize) -> (String, usize) {
    (code.to_string(), line)
}

// ---- the SDK rules on typed field values ----

#[test]
fn a_slack_user_field_is_a_user() {
    let body = "@reducer\ndef get_approvers(event):\n    approver = event.payload.fields[\"approver\"]\n    print(approver.mail)\n    return slack.user(approver)\n";
    let access = access();
    assert_eq!(
        findings(body, &[&access]),
        [(
            "SDK003".to_string(),
            4,
            "`User` object has no attribute `mail`".to_string(),
            Some("did you mean `email`?".to_string())
        )]
    );
    // Without flows the value is unknown: nothing to say.
    assert_eq!(codes(body, &[]), []);
}

#[test]
fn the_target_of_a_strategy_flow_is_an_access_target() {
    let body = "@hook\ndef on_request(event):\n    target = event.payload.fields[\"target\"]\n    print(target.name, target.settings, target.nmae)\n";
    let access = access();
    let found = findings(body, &[&access]);
    assert_eq!(
        found,
        [(
            "SDK003".to_string(),
            4,
            "`AccessTarget` object has no attribute `nmae`".to_string(),
            Some("did you mean `name`?".to_string())
        )]
    );
}

#[test]
fn get_of_an_optional_field_draws_no_none_warning() {
    // Reading an attribute of None gives None under Sym's `safer_getattr`,
    // so SDK010 keeps to the source channel id and stays silent here.
    let access = access();
    let body = "@reducer\ndef get_approvers(event):\n    backup = event.payload.fields.get(\"backup\")\n    print(backup.email)\n    approver = event.payload.fields.get(\"approver\")\n    print(approver.email)\n    return slack.user(approver)\n";
    assert_eq!(codes(body, &[&access]), []);
    // Checked first: fine.
    let body = "@reducer\ndef get_approvers(event):\n    backup = event.payload.fields.get(\"backup\")\n    if backup:\n        return slack.user(backup.email)\n    return slack.channel(\"#ops\")\n";
    assert_eq!(codes(body, &[&access]), []);
    // The subscript of an optional field is the value itself.
    let body = "@reducer\ndef get_approvers(event):\n    return slack.user(event.payload.fields[\"backup\"].email)\n";
    assert_eq!(codes(body, &[&access]), []);
}

#[test]
fn aliases_and_helpers_carry_the_types() {
    let access = access();
    let body = "def first_reviewer(fields):\n    return fields[\"reviewers\"][0]\n\n@reducer\ndef get_approvers(event):\n    fields = event.payload.fields\n    print(fields[\"approver\"].usrname)\n    print(first_reviewer(fields).mail)\n    return [slack.user(u) for u in fields[\"reviewers\"]]\n";
    assert_eq!(
        codes(body, &[&access]),
        [hit("SDK003", 7), hit("SDK003", 8)]
    );
}

#[test]
fn unknown_fields_and_computed_keys_stay_unknown() {
    let access = access();
    let body = "@reducer\ndef get_approvers(event):\n    key = \"approver\"\n    print(event.payload.fields[key].mail)\n    print(event.payload.fields[\"nope\"].mail)\n    print(event.payload.fields.get(\"approver\", event).mail)\n    return slack.channel(\"#ops\")\n";
    // Line 5 is TF102's; line 6: a required field's `.get` is the value
    // whatever the default.
    assert_eq!(codes(body, &[&access]), [hit("TF102", 5), hit("SDK003", 6)]);
}

// ---- several flows ----

#[test]
fn flows_agreeing_in_kind_join_and_disagreeing_give_up() {
    let a = flow(
        "a",
        vec![
            field("n", FieldType::Int, true),
            field("mixed", FieldType::String, true),
            field("who", FieldType::SlackUser, true),
        ],
    );
    let b = flow(
        "b",
        vec![
            field("n", FieldType::Bool, true),
            field("mixed", FieldType::StrList, true),
            field("who", FieldType::SlackUserList, true),
        ],
    );
    let body = "@hook\ndef on_request(event):\n    f = event.payload.fields\n    print(f[\"n\"].lower(), f[\"mixed\"].lower(), f[\"mixed\"].append, f[\"who\"].mail)\n";
    let found = findings(body, &[&a, &b]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        (
            "TF107",
            "prompt field `n` is `int | bool`, which has no attribute `lower`"
        )
    );
    // A flow lacking the field does not weaken it (TF102 covers the read).
    let c = flow("c", vec![field("other", FieldType::String, true)]);
    let body = "@reducer\ndef get_approvers(event):\n    return slack.user(event.payload.fields.get(\"who\").mail)\n";
    assert_eq!(codes(body, &[&a, &c]), [hit("SDK003", 3)]);
}

// ---- TF107 ----

#[test]
fn tf107_attributes_a_field_value_lacks() {
    let access = access();
    let body = "@hook\ndef on_request(event):\n    fields = event.payload.fields\n    print(fields[\"count\"].lower())\n    print(fields[\"tags\"].split(\",\"))\n    print(fields[\"duration\"].total_seconds())\n    print(fields[\"reviewers\"].email)\n    print(fields[\"reason\"].lowr())\n    print(fields[\"reason\"].lower(), fields[\"count\"].bit_length(), fields[\"tags\"].count(\"x\"))\n";
    let found = findings(body, &[&access]);
    let expected = [
        (
            4,
            "prompt field `count` is `int`, which has no attribute `lower`",
            Some(
                "`lower` is a str method; convert the value with `str(...)` first, or use it as a number",
            ),
        ),
        (
            5,
            "prompt field `tags` is `list[str]`, which has no attribute `split`",
            Some("the field holds a list: use `.split` on its items, e.g. in a loop"),
        ),
        (
            6,
            "prompt field `duration` is `int`, which has no attribute `total_seconds`",
            None,
        ),
        (
            7,
            "prompt field `reviewers` is `list[User]`, which has no attribute `email`",
            Some("the field holds a list: use `.email` on its items, e.g. in a loop"),
        ),
        (
            8,
            "prompt field `reason` is `str`, which has no attribute `lowr`",
            Some("did you mean `lower`?"),
        ),
    ];
    let actual: Vec<(usize, &str, Option<&str>)> = found
        .iter()
        .map(|(code, line, message, help)| {
            assert_eq!(code, "TF107");
            (*line, message.as_str(), help.as_deref())
        })
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn tf107_addition_with_a_literal_of_another_kind() {
    let access = access();
    let body = "@hook\ndef on_request(event):\n    f = event.payload.fields\n    a = \"Count: \" + f[\"count\"]\n    b = f[\"tags\"] + \"!\"\n    c = f[\"reason\"] + 1\n    d = f[\"count\"] + 1, f[\"reason\"] + \"!\", f[\"tags\"] + [\"x\"], f\"{f['count']}\"\n";
    let found = findings(body, &[&access]);
    let actual: Vec<(usize, &str, Option<&str>)> = found
        .iter()
        .map(|(_, line, message, help)| (*line, message.as_str(), help.as_deref()))
        .collect();
    assert_eq!(
        actual,
        [
            (
                4,
                "prompt field `count` is `int`; adding it to a str raises TypeError",
                Some("convert it first: `str(...)`, or use an f-string")
            ),
            (
                5,
                "prompt field `tags` is `list[str]`; adding it to a str raises TypeError",
                Some("join its items first, e.g. `\", \".join(...)`")
            ),
            (
                6,
                "prompt field `reason` is `str`; adding it to a number raises TypeError",
                None
            ),
        ]
    );
}

#[test]
fn tf107_stays_silent_where_the_value_may_be_a_str() {
    let access = access();
    // A default of another type, or a value converted first.
    let body = "@hook\ndef on_request(event):\n    f = event.payload.fields\n    print(f.get(\"optional_count\", \"\").lower())\n    print(str(f[\"count\"]).lower())\n    n = f[\"count\"]\n    print(n.lower())\n";
    assert_eq!(codes(body, &[&access]), []);
    // A required field's `.get` is the value: reported.
    let body = "@hook\ndef on_request(event):\n    print(event.payload.fields.get(\"count\", \"\").lower())\n";
    assert_eq!(codes(body, &[&access]), [hit("TF107", 3)]);
}

#[test]
fn a_file_that_changes_a_field_leaves_it_untyped() {
    let access = access();
    // The field is overwritten: its reads are unknown, others stay typed.
    let body = "@hook\ndef on_request(event):\n    fields = event.payload.fields\n    fields[\"count\"] = str(fields[\"count\"])\n    print(fields[\"count\"].lower(), fields[\"urgent\"].lower())\n";
    assert_eq!(codes(body, &[&access]), [hit("TF107", 5)]);
    let findings_of = |body: &str| codes(body, &[&access]);
    for change in [
        "event.payload.fields.update({\"count\": \"1\"})",
        "event.payload.fields.clear()",
        "keep = [event.payload.fields]",
        "event.payload.fields |= {\"count\": \"1\"}",
        "slack.thing = event.payload.fields",
        "mystery(event.payload.fields)",
        "helper(event.payload.fields)\n    helper({})",
        "helper(fields=event.payload.fields)",
    ] {
        let body = format!(
            "def helper(fields):\n    fields[\"count\"] = \"1\"\n\n@hook\ndef on_request(event):\n    {change}\n    print(event.payload.fields[\"count\"].lower())\n"
        );
        let found = findings_of(&body);
        assert!(
            found.iter().all(|(code, _)| code != "TF107"),
            "{change}: {found:?}"
        );
    }
    for change in [
        "event.payload.fields.pop(\"count\")",
        "event.payload.fields.setdefault(\"count\", \"1\")",
        "del event.payload.fields[\"count\"]",
        "event.payload.fields[\"count\"] += 1",
    ] {
        let body = format!(
            "@hook\ndef on_request(event):\n    {change}\n    print(event.payload.fields[\"count\"].lower(), event.payload.fields[\"urgent\"].lower())\n"
        );
        assert_eq!(findings_of(&body), [hit("TF107", 4)], "{change}");
    }
    // A helper every call gives the dict is followed: its change is seen.
    let body = "def helper(fields):\n    fields[\"count\"] = \"1\"\n\n@hook\ndef on_request(event):\n    helper(event.payload.fields)\n    print(event.payload.fields[\"count\"].lower(), event.payload.fields[\"urgent\"].lower())\n";
    assert_eq!(codes(body, &[&access]), [hit("TF107", 7)]);
    // Reading the dict through safe builtins and the SDK changes nothing.
    let body = "import json\n\n@hook\ndef on_request(event):\n    f = event.payload.fields\n    print(len(f), dict(f), json.dumps(f), sorted(f), \"{reason}\".format(**f))\n    print(f[\"count\"].lower())\n";
    assert_eq!(codes(body, &[&access]), [hit("TF107", 7)]);
}

#[test]
fn a_file_that_does_not_parse_is_typed_without_flows() {
    let access = access();
    let body = "@hook\ndef on_request(event):\n    print(event.payload.fields[\"count\"].lower())\n    x = (\n";
    assert_eq!(codes(body, &[&access]), []);
}

#[test]
fn tf107_honours_selection_and_noqa() {
    let access = access();
    let source = format!(
        "{HEADER}@hook\ndef on_request(event):\n    a = event.payload.fields[\"count\"].lower()  # noqa: TF107\n    b = event.payload.fields[\"count\"].upper()\n"
    );
    let parsed = sym_syntax::parse(&source);
    let found = check_parsed_with_flows(&parsed, &Settings::default(), &[&access]);
    let lines: Vec<(&str, usize)> = found
        .impl_diagnostics
        .iter()
        .filter(|d| d.code != "HDL005")
        .map(|d| (d.code, parsed.line_index().line_of(d.range.start()) + 1))
        .collect();
    assert_eq!(lines, [("TF107", 7)]);
    let ignore = Settings {
        ignore: vec!["TF".to_string()],
        ..Settings::default()
    };
    let found = check_parsed_with_flows(&parsed, &ignore, &[&access]);
    assert!(
        found
            .impl_diagnostics
            .iter()
            .all(|d| !d.code.starts_with("TF")),
        "{:?}",
        found.impl_diagnostics
    );
}

// ---- the salsa input ----

#[test]
fn the_database_rechecks_when_the_fields_change() {
    let access = access();
    let text: Arc<str> = Arc::from(format!(
        "{HEADER}@hook\ndef on_request(event):\n    print(event.payload.fields[\"count\"].lower())\n"
    ));
    let mut db = CheckDatabase::default();
    let settings = Arc::new(Settings::default());
    let fields = prompt_fields(&[&access]).map(Arc::new);
    assert!(fields.is_some());
    let file = SourceFile::builder("impl.py".to_string(), text.clone(), settings.clone())
        .prompt_fields(fields)
        .new(&db);
    let codes_of = |db: &CheckDatabase| -> Vec<&'static str> {
        sym_check::db::check_file(db, file)
            .iter()
            .map(|d| d.code)
            .filter(|code| *code != "HDL005")
            .collect()
    };
    assert_eq!(codes_of(&db), ["TF107"]);
    use salsa::Setter;
    file.set_prompt_fields(&mut db).to(None);
    assert_eq!(codes_of(&db), Vec::<&str>::new());
    let plain = SourceFile::new(&db, "other.py".to_string(), text, settings);
    assert!(plain.prompt_fields(&db).is_none());
    assert!(
        sym_check::db::check_file(&db, plain)
            .iter()
            .all(|d| d.code == "HDL005")
    );
    assert!(prompt_fields(&[]).is_none());
    assert!(PromptFields::default().is_empty());
}

// ---- literal-key subscripts after a check ----

#[test]
fn literal_key_subscripts_draw_no_none_warning() {
    let access = access();
    let body = "@hook\ndef on_request(event):\n    f = event.payload.fields\n    if f[\"target\"].label:\n        print(f[\"target\"].label.lower())\n    if f[\"target\"].label is not None:\n        print(f[\"target\"].label.lower())\n    print(f[\"target\"].label.lower())\n";
    assert_eq!(codes(body, &[&access]), []);
    // Without flows, for any dict of known values.
    let body = "@hook\ndef on_request(event):\n    d = {\"a\": event.user.email}\n    if d[\"a\"]:\n        print(d[\"a\"].lower())\n    print(d[\"a\"].lower())\n    d[\"a\"] = None\n    if d[\"a\"]:\n        d = {}\n        print(d[\"a\"].lower())\n";
    assert_eq!(codes(body, &[]), []);
}
