//! Generated from the `sym_sdk` descriptor by `tests/descriptor.rs`: do not
//! edit. Regenerate with
//! `SYM_REGENERATE=1 cargo test -p sym_runtime --test descriptor`.

use crate::bind::{Kind, Param, Signature};

/// Every function, method and constructor of the SDK modules the runtime
/// serves, in the descriptor's order (parameters without `self`/`cls`).
pub static SIGNATURES: &[Signature] = &[
    Signature {
        path: "sym.sdk.annotations.reducer",
        params: &[
            Param { name: "fn", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.annotations.hook",
        params: &[
            Param { name: "fn", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.annotations.prefetch",
        params: &[
            Param { name: "field_name", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.event.Event.get_actor",
        params: &[
            Param { name: "event_name", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.event.Event.get_context",
        params: &[
            Param { name: "event_name", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.forms.FieldOption.__init__",
        params: &[
            Param { name: "value", kind: Kind::KeywordOnly, default: None },
            Param { name: "label", kind: Kind::KeywordOnly, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.aws_lambda.invoke",
        params: &[
            Param { name: "arn", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "payload", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.aws_lambda.invoke_async",
        params: &[
            Param { name: "arn", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "payload", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.okta.is_user_in_group",
        params: &[
            Param { name: "user", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "group_id", kind: Kind::KeywordOnly, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.okta.users_in_group",
        params: &[
            Param { name: "group_id", kind: Kind::KeywordOnly, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.okta.get_user_info",
        params: &[
            Param { name: "user", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.okta.list_groups",
        params: &[
            Param { name: "name_filter", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "filter", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "expand", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "only_native_groups", kind: Kind::KeywordOnly, default: Some("True") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.pagerduty.is_on_call",
        params: &[
            Param { name: "user", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "escalation_policy_name", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "escalation_policy_id", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "schedule_name", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "schedule_id", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.pagerduty.users_on_call",
        params: &[
            Param { name: "escalation_policy_name", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "escalation_policy_id", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "schedule_name", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "schedule_id", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.pagerduty.users_for_schedule",
        params: &[
            Param { name: "schedule_name", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "schedule_id", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.pagerduty.get_incidents",
        params: &[
            Param { name: "assignees", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "service_ids", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "statuses", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "urgencies", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "since", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "until", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.pagerduty.has_incident",
        params: &[
            Param { name: "assignees", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "service_ids", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "statuses", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "urgencies", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "since", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "until", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.user",
        params: &[
            Param { name: "identifier", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "allow_self", kind: Kind::PositionalOrKeyword, default: Some("False") },
            Param { name: "timeout", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.mention",
        params: &[
            Param { name: "identifier", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.channel",
        params: &[
            Param { name: "name", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "allow_self", kind: Kind::PositionalOrKeyword, default: Some("False") },
            Param { name: "timeout", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.group",
        params: &[
            Param { name: "users", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "allow_self", kind: Kind::PositionalOrKeyword, default: Some("False") },
            Param { name: "timeout", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.fallback",
        params: &[
            Param { name: "destinations", kind: Kind::VarPositional, default: None },
            Param { name: "continue_on_delivery_failure", kind: Kind::KeywordOnly, default: Some("True") },
            Param { name: "continue_on_timeout", kind: Kind::KeywordOnly, default: Some("False") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.send_message",
        params: &[
            Param { name: "destination", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "message", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.send_thread_message",
        params: &[
            Param { name: "message", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.get_user_info",
        params: &[
            Param { name: "user", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.list_users",
        params: &[
            Param { name: "active_only", kind: Kind::PositionalOrKeyword, default: Some("True") },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.is_user_in_group",
        params: &[
            Param { name: "user", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "group_id", kind: Kind::KeywordOnly, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.integrations.slack.users_in_channel",
        params: &[
            Param { name: "channel", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.notifications.Notification.__init__",
        params: &[
            Param { name: "destinations", kind: Kind::KeywordOnly, default: None },
            Param { name: "timeout", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.RequestDestination.parse_obj",
        params: &[
            Param { name: "obj", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.SlackChannelID.__init__",
        params: &[
            Param { name: "channel_id", kind: Kind::KeywordOnly, default: None },
            Param { name: "allow_self", kind: Kind::KeywordOnly, default: Some("False") },
            Param { name: "timeout", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.SlackChannelName.__init__",
        params: &[
            Param { name: "channel_name", kind: Kind::KeywordOnly, default: None },
            Param { name: "allow_self", kind: Kind::KeywordOnly, default: Some("False") },
            Param { name: "timeout", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.SlackUser.__init__",
        params: &[
            Param { name: "user_id", kind: Kind::KeywordOnly, default: None },
            Param { name: "allow_self", kind: Kind::KeywordOnly, default: Some("False") },
            Param { name: "timeout", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.SlackUser.mention",
        params: &[
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.SlackUserGroup.__init__",
        params: &[
            Param { name: "users", kind: Kind::KeywordOnly, default: None },
            Param { name: "allow_self", kind: Kind::KeywordOnly, default: Some("False") },
            Param { name: "timeout", kind: Kind::KeywordOnly, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.request_destination.RequestDestinationFallback.__init__",
        params: &[
            Param { name: "destinations", kind: Kind::KeywordOnly, default: None },
            Param { name: "continue_on_delivery_failure", kind: Kind::KeywordOnly, default: Some("True") },
            Param { name: "continue_on_timeout", kind: Kind::KeywordOnly, default: Some("False") },
        ],
    },
    Signature {
        path: "sym.sdk.request_permission.RequestPermission.__init__",
        params: &[
            Param { name: "webapp_view", kind: Kind::KeywordOnly, default: None },
            Param { name: "approve_deny", kind: Kind::KeywordOnly, default: None },
            Param { name: "allow_self_approval", kind: Kind::KeywordOnly, default: Some("False") },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.prompt",
        params: &[
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.request",
        params: &[
            Param { name: "target_srn", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "duration", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.approve",
        params: &[
            Param { name: "target_srn", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "duration", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.deny",
        params: &[
            Param { name: "target_srn", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "duration", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.escalate",
        params: &[
            Param { name: "target_srn", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "duration", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.approval.ApprovalTemplate.deescalate",
        params: &[
            Param { name: "target_srn", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.templates.step.get_step_output",
        params: &[
            Param { name: "step", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.templates.template.Template.ignore",
        params: &[
            Param { name: "message", kind: Kind::KeywordOnly, default: Some("None") },
            Param { name: "kwargs", kind: Kind::VarKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.user.user_ids",
        params: &[
            Param { name: "user_list", kind: Kind::PositionalOrKeyword, default: None },
        ],
    },
    Signature {
        path: "sym.sdk.user.UserRole.permission_levels",
        params: &[
        ],
    },
    Signature {
        path: "sym.sdk.user.User.identity",
        params: &[
            Param { name: "service_type", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "service_id", kind: Kind::PositionalOrKeyword, default: Some("None") },
        ],
    },
    Signature {
        path: "sym.sdk.user.User.get_event_count",
        params: &[
            Param { name: "event_name", kind: Kind::PositionalOrKeyword, default: None },
            Param { name: "since", kind: Kind::PositionalOrKeyword, default: Some("None") },
            Param { name: "until", kind: Kind::PositionalOrKeyword, default: Some("None") },
            Param { name: "filter_on", kind: Kind::PositionalOrKeyword, default: Some("'flow'") },
            Param { name: "include_errored", kind: Kind::PositionalOrKeyword, default: Some("False") },
        ],
    },
];

/// The SDK's enums in those modules: class path, then (member, value).
pub static ENUMS: &[(&str, &[(&str, &str)])] = &[
    ("sym.sdk.forms.FieldType", &[
        ("STRING", "string"),
        ("INT", "int"),
        ("BOOL", "bool"),
        ("DURATION", "duration"),
        ("SLACK_USER", "slack_user"),
        ("SLACK_USER_LIST", "slack_user_list"),
        ("STR_LIST", "str_list"),
        ("INT_LIST", "int_list"),
    ]),
    ("sym.sdk.integrations.pagerduty.PagerDutyStatus", &[
        ("TRIGGERED", "triggered"),
        ("ACKNOWLEDGED", "acknowledged"),
        ("RESOLVED", "resolved"),
    ]),
    ("sym.sdk.integrations.pagerduty.PagerDutyUrgency", &[
        ("LOW", "low"),
        ("HIGH", "high"),
    ]),
    ("sym.sdk.request_permission.PermissionLevel", &[
        ("ADMIN", "admin"),
        ("MEMBER", "member"),
        ("ALL_USERS", "all_users"),
    ]),
    ("sym.sdk.templates.approval.ApprovalTemplateStep", &[
        ("PROMPT", "prompt"),
        ("REQUEST", "request"),
        ("REQUEST_FORWARD", "request_forward"),
        ("REQUEST_EXPIRE", "request_expire"),
        ("APPROVE", "approve"),
        ("DENY", "deny"),
        ("ESCALATE", "escalate"),
        ("DEESCALATE", "deescalate"),
    ]),
    ("sym.sdk.templates.template.TemplateStep", &[
        ("IGNORE", "ignore"),
    ]),
    ("sym.sdk.user.UserRole", &[
        ("ADMIN", "admin"),
        ("MEMBER", "member"),
        ("GUEST", "guest"),
    ]),
];

/// The integration modules (`sym.sdk.integrations.<name>`).
pub static INTEGRATIONS: &[&str] = &[
    "aws_iam",
    "aws_lambda",
    "aws_sso",
    "boundary",
    "github",
    "google",
    "jira",
    "knowbe4",
    "okta",
    "onelogin",
    "pagerduty",
    "slack",
    "store",
    "sym",
];
