import json

print(json.ｄumps({}))
