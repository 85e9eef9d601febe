import requests
from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate


@hook
def on_request(event):
    try:
        response = requests.get("https://status.example.com/freeze", timeout=5)
        frozen = response.json().get("frozen", False)
    except requests.exceptions.RequestException as error:
        print("freeze check failed:", error)
        frozen = False
    if frozen:
        return ApprovalTemplate.deny(reason="Change freeze in effect")
