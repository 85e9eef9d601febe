//! The SDK names the runtime exposes, in one place, so that a test can
//! check them against the `sym_sdk` descriptor.

/// Integrations whose functions all raise `UnmockedCall` (not modelled).
pub const STUB_INTEGRATIONS: &[&str] = &[
    "aws_iam", "aws_sso", "boundary", "github", "google", "jira", "knowbe4", "onelogin", "store",
    "sym",
];

/// Functions of the modelled integrations: (module, function, parameters).
/// A lone `*` marks the start of keyword-only parameters; after `*args`
/// (written `*name`) every parameter is keyword-only, as in Python.
pub const INTEGRATION_FUNCTIONS: &[(&str, &str, &[&str])] = &[
    ("slack", "channel", &["name", "allow_self", "timeout"]),
    ("slack", "user", &["identifier", "allow_self", "timeout"]),
    ("slack", "group", &["users", "allow_self", "timeout"]),
    (
        "slack",
        "fallback",
        &[
            "*destinations",
            "continue_on_delivery_failure",
            "continue_on_timeout",
        ],
    ),
    ("slack", "mention", &["identifier"]),
    ("slack", "send_message", &["destination", "message"]),
    ("slack", "send_thread_message", &["message"]),
    ("slack", "users_in_channel", &["channel"]),
    ("slack", "get_user_info", &[]),
    ("slack", "list_users", &[]),
    ("slack", "is_user_in_group", &[]),
    ("okta", "is_user_in_group", &["user", "*", "group_id"]),
    ("okta", "users_in_group", &["*", "group_id"]),
    ("okta", "get_user_info", &["user"]),
    ("okta", "list_groups", &[]),
    (
        "pagerduty",
        "is_on_call",
        &[
            "user",
            "*",
            "escalation_policy_name",
            "escalation_policy_id",
            "schedule_name",
            "schedule_id",
        ],
    ),
    (
        "pagerduty",
        "users_on_call",
        &[
            "*",
            "escalation_policy_name",
            "escalation_policy_id",
            "schedule_name",
            "schedule_id",
        ],
    ),
    (
        "pagerduty",
        "users_for_schedule",
        &["*", "schedule_name", "schedule_id"],
    ),
    ("pagerduty", "get_incidents", &[]),
    ("pagerduty", "has_incident", &[]),
    ("aws_lambda", "invoke", &["arn", "payload"]),
    ("aws_lambda", "invoke_async", &["arn", "payload"]),
];

/// Models: (class, fields in order, required fields).
pub const MODELS: &[(&str, &[&str], &[&str])] = &[
    (
        "SlackChannelID",
        &["channel_id", "allow_self", "timeout"],
        &["channel_id"],
    ),
    (
        "SlackChannelName",
        &["channel_name", "allow_self", "timeout"],
        &["channel_name"],
    ),
    ("SlackUser", &["user", "allow_self", "timeout"], &["user"]),
    (
        "SlackUserGroup",
        &["users", "allow_self", "timeout"],
        &["users"],
    ),
    ("RequestDestination", &["allow_self", "timeout"], &[]),
    (
        "RequestDestinationFallback",
        &[
            "destinations",
            "continue_on_delivery_failure",
            "continue_on_timeout",
        ],
        &["destinations"],
    ),
    (
        "Notification",
        &["destinations", "timeout"],
        &["destinations"],
    ),
    (
        "RequestPermission",
        &["webapp_view", "approve_deny", "allow_self_approval"],
        &["webapp_view", "approve_deny"],
    ),
    ("FieldOption", &["value", "label"], &["value", "label"]),
    ("User", &["id", "email", "username"], &[]),
    ("UserIdentity", &["service", "service_id", "user_id"], &[]),
    ("AccessTarget", &["name", "label", "type", "settings"], &[]),
];

/// `ApprovalTemplateStep` members.
pub const APPROVAL_STEPS: &[(&str, &str)] = &[
    ("PROMPT", "prompt"),
    ("REQUEST", "request"),
    ("REQUEST_FORWARD", "request_forward"),
    ("REQUEST_EXPIRE", "request_expire"),
    ("APPROVE", "approve"),
    ("DENY", "deny"),
    ("ESCALATE", "escalate"),
    ("DEESCALATE", "deescalate"),
];

/// `sym.sdk.exceptions`: (class, parent; empty = Exception), parents first.
pub const SDK_ERRORS: &[(&str, &str)] = &[
    ("SymException", ""),
    ("ExceptionWithHint", "SymException"),
    ("SDKError", "SymException"),
    ("MissingArgument", "SDKError"),
    ("AWSError", "SymException"),
    ("AWSLambdaError", "AWSError"),
    ("AWSIAMError", "AWSError"),
    ("AWSSSOError", "AWSError"),
    ("IdentityError", "SymException"),
    ("CouldNotSaveError", "IdentityError"),
    ("SymIntegrationError", "SymException"),
    ("AccessStrategyError", "SymException"),
    ("AptibleError", "SymException"),
    ("BoundaryError", "SymException"),
    ("GitHubError", "SymException"),
    ("GoogleError", "SymException"),
    ("HTTPError", "SymException"),
    ("JiraError", "SymException"),
    ("KnowBe4Error", "SymException"),
    ("OktaError", "SymException"),
    ("OneLoginError", "SymException"),
    ("PagerDutyError", "SymException"),
    ("SlackError", "SymException"),
];
