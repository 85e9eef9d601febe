import json

print(json.__name__)
