from sym.sdk.templates import (
    ApprovalTemplate,
    ApprovalTemplateStep,
)
