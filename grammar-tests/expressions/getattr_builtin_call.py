import json

loads = getattr(json, 'loads')
