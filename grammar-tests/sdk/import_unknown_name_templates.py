from sym.sdk.templates import ApprovalTemplates
