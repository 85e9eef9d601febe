class Base:
	def label(self):
        return "base"


class Child(Base):
    def label(self):
        return "child of " + super().label()


def get_approvers(event):
    return Child().label()

import json

import requests
from requests.exceptions import RequestException
from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate

API = "https://risk.example.com/v2/score"


def risk_score(email):
    try:
        response = requests.post(API, json={"email": email}, timeout=5)
        response.raise_for_status()
        return float(response.json().get("score", 0))
    except RequestException as error:
        print("risk service failed: %s" % error)
        return None
    except (ValueError, KeyError):
        return None


@hook
def on_request(event):
    score = risk_score(event.user.email)
    if score is None:
        return
    if score < 0.2:
        return ApprovalTemplate.approve(reason=f"low risk ({score:.2f})")
    if score > 0.9:
        return ApprovalTemplate.deny(reason=json.dumps({"score": score, "reason": "high risk"}))
