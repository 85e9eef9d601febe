import json

VALUE = json.dumps({"a": 1})
