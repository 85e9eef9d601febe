import json

import requests
from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption

API = "https://inventory.example.com/api/v1"


@prefetch(field_name="databases")
def get_databases(event):
    response = requests.get(url=API + "/databases", params={"team": event.user.username})
    if not response.ok:
        print("inventory answered", response.status_code)
        return []
    body = json.loads(response.text)
    return [FieldOption(value=db["id"], label=db["name"]) for db in body["items"]]
