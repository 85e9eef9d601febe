import requests.adapters
