import json

def handler(event):
    if event:
        return json.dumps({'ok': True})
    return None
