import requests

with requests.Session() as session:
    session.headers = {}
