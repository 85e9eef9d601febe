import requests

with requests.Session() as a, requests.Session() as b:
    pass
