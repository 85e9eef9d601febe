import requests


def get_approvers(event):
    session = requests.Session()
    session.headers = {"Accept": "application/json"}
    return None
