//! The SDK names the runtime exposes, in one place, so that a test can
//! check them against the `sym_sdk` descriptor.

/// Integrations whose functions all raise `UnmockedCall` (not modelled).
pub const STUB_INTEGRATIONS: &[&str] = &[
    "aws_iam", "aws_sso", "boundary", "github", "google", "jira", "knowbe4", "onelogin", "store",
    "sym",
];

/// The integration functions the runtime models, by module. Their names
/// and parameters come from the `sym_sdk` descriptor, which the runtime
/// binds every call through (`crate::bind`); a test holds this list to the
/// descriptor and to the functions the runtime actually serves. Every other
/// function a modelled module declares raises `UnmockedCall`.
pub const MODELLED_FUNCTIONS: &[(&str, &[&str])] = &[
    (
        "slack",
        &[
            "channel",
            "user",
            "group",
            "fallback",
            "mention",
            "send_message",
            "send_thread_message",
            "users_in_channel",
        ],
    ),
    (
        "okta",
        &["is_user_in_group", "users_in_group", "get_user_info"],
    ),
    (
        "pagerduty",
        &["is_on_call", "users_on_call", "users_for_schedule"],
    ),
    ("aws_lambda", &["invoke", "invoke_async"]),
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

/// `sym.sdk.exceptions`: (class, parent; empty = Exception, the error type
/// a new instance has by default), parents first.
pub const SDK_ERRORS: &[(&str, &str, &str)] = &[
    ("SymException", "", "Sym"),
    ("ExceptionWithHint", "SymException", "Sym"),
    ("SDKError", "SymException", "SymSDK"),
    ("MissingArgument", "SDKError", "SymSDK"),
    ("AWSError", "SymException", "AWS"),
    ("AWSLambdaError", "AWSError", "AWS"),
    ("AWSIAMError", "AWSError", "AWS"),
    ("AWSSSOError", "AWSError", "AWS"),
    ("IdentityError", "SymException", "Identity"),
    ("CouldNotSaveError", "IdentityError", "Identity"),
    ("SymIntegrationError", "SymException", "SymIntegration"),
    ("AccessStrategyError", "SymException", "AccessStrategy"),
    ("AptibleError", "SymException", "Aptible"),
    ("BoundaryError", "SymException", "Boundary"),
    ("GitHubError", "SymException", "GitHub"),
    ("GoogleError", "SymException", "Google"),
    ("HTTPError", "SymException", "HTTP"),
    ("JiraError", "SymException", "Jira"),
    ("KnowBe4Error", "SymException", "KnowBe4"),
    ("OktaError", "SymException", "Okta"),
    ("OneLoginError", "SymException", "OneLogin"),
    ("PagerDutyError", "SymException", "PagerDuty"),
    ("SlackError", "SymException", "Slack"),
];
