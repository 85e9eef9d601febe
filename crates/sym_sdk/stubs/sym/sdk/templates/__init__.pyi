"Flow templates, their steps, and the events a hook returns to change what happens next."
from sym.sdk.templates.approval import ApprovalTemplate, ApprovalTemplateStep
from sym.sdk.templates.step import get_step_output
from sym.sdk.templates.template import Template, TemplateStep
