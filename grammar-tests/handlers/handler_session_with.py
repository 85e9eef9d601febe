import requests
from sym.sdk.annotations import hook


@hook
def after_approve(event):
    with requests.Session() as session:
        session.headers = {"X-Token": event.flow.vars["token"]}
        session.post("https://hooks.example.com/approved", json={"email": event.user.email})
