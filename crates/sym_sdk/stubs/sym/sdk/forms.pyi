"Prompt form models: field types, field options and the form itself."
from enum import Enum
from typing import Any, Dict, List, Optional
from sym.sdk._pydantic import BaseModel

class FieldType(str, Enum):
    "The kind of data a prompt field takes."
    STRING = "string"
    "Free text."
    INT = "int"
    "A whole number."
    BOOL = "bool"
    "True or False."
    DURATION = "duration"
    "A duration in seconds."
    SLACK_USER = "slack_user"
    "One Slack user id."
    SLACK_USER_LIST = "slack_user_list"
    "Several Slack user ids."
    STR_LIST = "str_list"
    "Several strings."
    INT_LIST = "int_list"
    "Several whole numbers."

class FieldOption(BaseModel):
    "One choice of a drop-down prompt field: the value passed on and the label shown (at most 55 characters each)."
    value: Any
    "What the field is set to when this option is picked; its string form may not exceed 55 characters."
    label: str
    "The text shown in the drop-down and matched while typing; at most 55 characters."
    def __init__(self, *, value: Any, label: str) -> None:
        "Builds an option; both arguments are keywords."

class SlackUserSelection(BaseModel):
    "A Slack user picked in a prompt field."
    user_id: str
    "The picked user's Slack id."
    username: Optional[str]
    "The picked user's Sym username, or None when Sym does not know them."

class PromptField(BaseModel):
    "One field of the request form."
    name: str
    "The field's unique name."
    type: FieldType
    "What kind of data the field takes."
    value: Any
    "The field's current value."
    label: Optional[str]
    "The name shown for the field."
    required: bool
    "Whether a visible field must be filled in."
    current_allowed_values: List[FieldOption]
    "The options the drop-down shows now."
    original_allowed_values: List[FieldOption]
    "Every option from Terraform or the prefetch reducer."
    visible: bool
    "Whether the form shows the field."

class SymPromptForm(BaseModel):
    "The request form: its fields in display order, the flow vars and extra header text."
    fields: Dict[str, PromptField]
    "The form's fields keyed by name, in display order."
    flow_vars: Dict[str, str]
    "The flow's vars from Terraform."
    additional_header_text: Optional[str]
    "Slack markdown added after the form's header."
