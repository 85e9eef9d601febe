import requests
from sym.sdk.annotations import prefetch
from sym.sdk.forms import FieldOption


@prefetch(field_name="team")
def get_teams(event):
    with requests.Session() as session:
        response = session.get("https://api.example.com/oncall")
    response.raise_for_status()
    return [FieldOption(value=u, label=u.title()) for u in response.json()["users"]]
