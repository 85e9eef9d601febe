import requests

with requests.Session() as (a, b):
    pass
