import requests
from sym.sdk.annotations import hook

API = "https://grants.example.com/v1/grants"


def auth(event):
    return {"Authorization": "Bearer %s" % event.flow.vars["grants_token"]}


@hook
def after_escalate(event):
    target = event.payload.fields["target"]
    body = {"user": event.user.email, "resource": target.name, "ttl": event.payload.fields.get("duration", 3600)}
    response = requests.put(API + "/" + str(event.user.id), json=body, headers=auth(event))
    print("grant:", response.status_code, response.text[:200])


@hook
def after_deescalate(event):
    response = requests.delete(API + "/" + str(event.user.id), headers=auth(event))
    if response.status_code not in (200, 204, 404):
        print("revoke failed", response.status_code)
