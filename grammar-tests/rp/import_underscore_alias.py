import json as _json
