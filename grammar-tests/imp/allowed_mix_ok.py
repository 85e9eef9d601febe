import json
import requests
from datetime import timezone
from sym.sdk.annotations import reducer

@reducer
def get_approvers(event):
    return json.dumps({})
