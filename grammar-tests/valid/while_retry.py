import requests
from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate

RETRIES = 3


@hook
def on_request(event):
    attempt = 0
    response = None
    while attempt < RETRIES:
        attempt += 1
        try:
            response = requests.get("https://status.example.com/healthz", timeout=2)
        except requests.exceptions.Timeout:
            continue
        if response.ok:
            break
    if response is None or not response.ok:
        return ApprovalTemplate.deny(reason="status service unreachable after %d attempts" % attempt)
    data = response.json()
    if data["mode"] == "freeze":
        return ApprovalTemplate.deny(reason="change freeze in effect")
