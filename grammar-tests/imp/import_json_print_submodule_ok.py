import json.print
