"The approval template: request, approve, deny, escalate and the rest."
from enum import Enum
from typing import Any, Optional
from sym.sdk.resource import SRN
from sym.sdk.templates.template import Template
from sym.sdk.event import Event

class ApprovalTemplateStep(str, Enum):
    "The steps of the approval template, in the order a request meets them."
    PROMPT = "prompt"
    "The requester opens the form."
    REQUEST = "request"
    "The request is made."
    REQUEST_FORWARD = "request_forward"
    "The request moves on to its next destination."
    REQUEST_EXPIRE = "request_expire"
    "The request timed out unanswered."
    APPROVE = "approve"
    "The request is approved."
    DENY = "deny"
    "The request is denied."
    ESCALATE = "escalate"
    "Access is granted."
    DEESCALATE = "deescalate"
    "Access is taken away."

class ApprovalTemplate(Template):
    "The approval template; its class methods build the events an on_* hook may return."
    @classmethod
    def prompt(cls, **kwargs: Any) -> Event:
        "An event that shows the request form."
    @classmethod
    def request(cls, *, target_srn: Optional[SRN] = None, duration: Optional[int] = None, **kwargs: Any) -> Event:
        "An event that makes the request."
    @classmethod
    def approve(cls, *, target_srn: Optional[SRN] = None, duration: Optional[int] = None, **kwargs: Any) -> Event:
        "An event that approves the request."
    @classmethod
    def deny(cls, *, target_srn: Optional[SRN] = None, duration: Optional[int] = None, **kwargs: Any) -> Event:
        "An event that denies the request."
    @classmethod
    def escalate(cls, *, target_srn: Optional[SRN] = None, duration: Optional[int] = None, **kwargs: Any) -> Event:
        "An event that grants access."
    @classmethod
    def deescalate(cls, *, target_srn: Optional[SRN] = None, **kwargs: Any) -> Event:
        "An event that takes access away."
