import requests
from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption

BASE_URL = "https://cmdb.example.com/api"


def client(token):
    session = requests.Session()
    session.headers.update({"Authorization": "Token %s" % token, "Accept": "application/json"})
    return session


@prefetch(field_name="service")
def get_services(event):
    session = client(event.flow.vars["cmdb_token"])
    page = 1
    options = []
    while page <= 5:
        body = session.get(BASE_URL + "/services", params={"page": page}).json()
        options.extend(FieldOption(value=s["slug"], label=s["title"]) for s in body["items"])
        if not body.get("next"):
            break
        page += 1
    return options
