import requests
from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption


@prefetch(field_name="projects")
def get_projects(event):
    token = event.flow.vars["api_token"]
    response = requests.post(
        "https://api.example.com/search",
        json={"owner": event.user.email},
        headers={"Authorization": "Bearer " + token},
        timeout=10,
    )
    response.raise_for_status()
    options = []
    for project in response.json().get("projects", []):
        options.append(FieldOption(value=project["key"], label=project["title"][:55]))
    return options
