import requests
from sym.sdk.annotations import prefetch
from sym.sdk.field_option import FieldOption


@prefetch(field_name="targets")
def get_targets(event):
    # Make an API Call or even invoke an AWS Lambda
    response = requests.get(url="https://yourapi.foo/get-targets")
    targets = response.json()["results"]

    # Return a list of FieldOption
    return [
        FieldOption(value=target["name"], label=target["name"].upper())
        for target 
        in targets
    ]
