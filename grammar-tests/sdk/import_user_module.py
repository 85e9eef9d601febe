from sym.sdk.user import User, UserIdentity, UserRole, user_ids
from sym.sdk.templates import ApprovalTemplateStep, TemplateStep, get_step_output
