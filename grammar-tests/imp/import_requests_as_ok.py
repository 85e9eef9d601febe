import requests as http
