use super::*;

#[test]
fn stubs_load_without_errors() {
    assert_eq!(sdk().load_errors(), &[] as &[StubError]);
}

#[test]
fn every_stub_file_is_embedded() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stubs");
    let mut found = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "pyi") {
                found.push(path);
            }
        }
    }
    assert_eq!(found.len(), stubs::STUBS.len());
}

#[test]
fn every_public_module_is_present() {
    for path in [
        "sym.sdk",
        "sym.sdk.annotations",
        "sym.sdk.integrations",
        "sym.sdk.integrations.aws_iam",
        "sym.sdk.integrations.aws_lambda",
        "sym.sdk.integrations.aws_sso",
        "sym.sdk.integrations.boundary",
        "sym.sdk.integrations.github",
        "sym.sdk.integrations.google",
        "sym.sdk.integrations.jira",
        "sym.sdk.integrations.knowbe4",
        "sym.sdk.integrations.okta",
        "sym.sdk.integrations.onelogin",
        "sym.sdk.integrations.pagerduty",
        "sym.sdk.integrations.slack",
        "sym.sdk.integrations.store",
        "sym.sdk.integrations.sym",
        "sym.sdk.templates",
        "sym.sdk.templates.approval",
        "sym.sdk.templates.template",
        "sym.sdk.templates.step",
        "sym.sdk.notifications",
        "sym.sdk.request_permission",
        "sym.sdk.request_destination",
        "sym.sdk.field_option",
        "sym.sdk.forms",
        "sym.sdk.event",
        "sym.sdk.flow",
        "sym.sdk.user",
        "sym.sdk.target",
        "sym.sdk.exceptions",
        "sym.sdk.errors",
        "sym.sdk.strategies",
        "sym.sdk.strategy",
        "sym.sdk.secret",
        "sym.sdk.resource",
        "sym.sdk.models",
        "sym.sdk.utils",
        "requests",
        "requests.exceptions",
        "json",
        "datetime",
    ] {
        assert!(sdk().module(path).is_some(), "{path} missing");
        assert!(
            sdk().description(path).is_some(),
            "{path} has no description"
        );
    }
}

#[test]
fn top_level_names_resolve_to_their_definitions() {
    let sdk = sdk();
    for (name, target) in [
        ("sym.sdk.reducer", "sym.sdk.annotations.reducer"),
        (
            "sym.sdk.ApprovalTemplate",
            "sym.sdk.templates.approval.ApprovalTemplate",
        ),
        (
            "sym.sdk.PermissionLevel",
            "sym.sdk.request_permission.PermissionLevel",
        ),
        ("sym.sdk.FieldOption", "sym.sdk.forms.FieldOption"),
        (
            "sym.sdk.field_option.FieldOption",
            "sym.sdk.forms.FieldOption",
        ),
        ("sym.sdk.slack", "sym.sdk.integrations.slack"),
    ] {
        let resolved = sdk.resolve(name);
        let path = match resolved {
            Some(Resolved::Class(c)) => c.path.clone(),
            Some(Resolved::Function(f)) => f.path.clone(),
            Some(Resolved::Module(m)) => m.path.clone(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(path, target);
    }
    assert!(sdk.resolve("sym.sdk.Notification").is_none());
    assert!(sdk.resolve("sym.sdk.integrations.slak").is_none());
}

#[test]
fn integrations_package_reexports_functions_last_one_winning() {
    let f = sdk().function("sym.sdk.integrations.is_user_in_group");
    assert_eq!(
        f.map(|f| f.path.as_str()),
        Some("sym.sdk.integrations.slack.is_user_in_group")
    );
}

#[test]
fn parameter_kinds_defaults_and_types() {
    let channel = sdk().function("sym.sdk.integrations.slack.channel");
    let Some(channel) = channel else {
        panic!("slack.channel missing")
    };
    assert_eq!(
        channel.signature(),
        "channel(name: str, allow_self: bool = False, timeout: Optional[int] = None) -> Union[SlackChannelID, SlackChannelName]"
    );
    let fallback = sdk().function("sym.sdk.integrations.slack.fallback");
    let kinds: Vec<ParamKind> = fallback
        .map(|f| f.params.iter().map(|p| p.kind).collect())
        .unwrap_or_default();
    assert_eq!(
        kinds,
        vec![
            ParamKind::VarPositional,
            ParamKind::KeywordOnly,
            ParamKind::KeywordOnly
        ]
    );
    let approve = sdk().function("sym.sdk.templates.ApprovalTemplate.approve");
    let Some(approve) = approve else {
        panic!("approve missing")
    };
    assert_eq!(approve.kind, FunctionKind::ClassMethod);
    assert_eq!(
        approve.signature(),
        "approve(*, target_srn: Optional[SRN] = None, duration: Optional[int] = None, **kwargs) -> Event"
    );
    let okta = sdk().function("sym.sdk.integrations.okta.users_in_group");
    assert_eq!(
        okta.and_then(|f| f.params.first())
            .map(|p| (p.kind, p.is_required())),
        Some((ParamKind::KeywordOnly, true))
    );
}

#[test]
fn enums_have_members_with_values() {
    let level = sdk().class("sym.sdk.request_permission.PermissionLevel");
    let Some(level) = level else {
        panic!("PermissionLevel missing")
    };
    assert!(level.is_enum);
    let values: Vec<(&str, Option<&str>)> = level
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.str_value()))
        .collect();
    assert_eq!(
        values,
        vec![
            ("ADMIN", Some("admin")),
            ("MEMBER", Some("member")),
            ("ALL_USERS", Some("all_users"))
        ]
    );
    let steps = sdk()
        .class("sym.sdk.templates.ApprovalTemplateStep")
        .map(|c| c.members.len());
    assert_eq!(steps, Some(8));
}

#[test]
fn members_are_inherited() {
    let sdk = sdk();
    assert!(matches!(
        sdk.class_member("sym.sdk.event.Event", "name"),
        Some(Member::Attribute(_))
    ));
    // SymResource reads the SRN's parts as attributes.
    assert!(sdk.class_member("sym.sdk.flow.Flow", "slug").is_some());
    assert!(sdk.class_member("sym.sdk.event.Event", "usr").is_none());
    assert!(sdk.is_subclass(
        "sym.sdk.request_destination.SlackChannelName",
        "sym.sdk.request_destination.RequestDestination"
    ));
    assert!(matches!(
        sdk.resolve("sym.sdk.templates.ApprovalTemplate.ignore"),
        Some(Resolved::Member(_, Member::Method(_)))
    ));
}

#[test]
fn every_sdk_item_has_a_description() {
    let sdk = sdk();
    for module in sdk.modules() {
        for (name, item) in &module.items {
            let doc = match item {
                Item::Class(c) => {
                    c.doc.is_some()
                        && c.attributes.iter().all(|a| a.doc.is_some())
                        && c.methods.iter().all(|m| m.doc.is_some())
                        && c.members.iter().all(|m| m.doc.is_some())
                }
                Item::Function(f) => f.doc.is_some(),
                Item::Variable(v) => v.doc.is_some(),
                Item::Reexport(_) => true,
            };
            assert!(doc, "{}.{name} lacks a description", module.path);
        }
    }
}

#[test]
fn did_you_mean_picks_close_names() {
    assert_eq!(did_you_mean("slak", ["slack", "okta"]), Some("slack"));
    assert_eq!(did_you_mean("usr", ["user", "run", "name"]), Some("user"));
    assert_eq!(did_you_mean("zzzzzz", ["user"]), None);
    assert_eq!(did_you_mean("emial", ["email", "id"]), Some("email"));
}
