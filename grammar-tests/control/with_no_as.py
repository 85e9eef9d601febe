import requests

with requests.Session():
    pass
