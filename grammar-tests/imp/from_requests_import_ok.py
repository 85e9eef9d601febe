from requests import get, post
