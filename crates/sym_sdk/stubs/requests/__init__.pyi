"HTTP calls from handlers (the parts of requests that handlers use)."
from typing import Any, Dict, Optional
from requests.exceptions import ConnectionError, HTTPError, JSONDecodeError, RequestException, Timeout

class Response:
    "The answer to an HTTP call."
    status_code: int
    "The HTTP status, e.g. 200."
    ok: bool
    "True when the status is below 400."
    text: str
    "The body as text."
    content: bytes
    "The body as bytes."
    headers: Dict[str, str]
    "The response headers."
    url: str
    "The URL that answered."
    reason: str
    "The status text, e.g. OK."
    encoding: Optional[str]
    "The body's text encoding, or None."
    elapsed: Any
    "How long the call took."
    def json(self, **kwargs: Any) -> Any:
        "The body parsed as JSON."
    def raise_for_status(self) -> None:
        "Raises HTTPError when the status is 400 or above."

class Session:
    "Shared settings (headers, auth, params) for several HTTP calls."
    headers: Dict[str, str]
    "Headers sent with every call."
    auth: Any
    "Credentials sent with every call."
    params: Dict[str, Any]
    "Query parameters sent with every call."
    def request(self, method: str, url: str, params: Any = None, **kwargs: Any) -> Response:
        "Makes an HTTP call with any method."
    def get(self, url: str, params: Any = None, **kwargs: Any) -> Response:
        "Makes a GET call."
    def post(self, url: str, data: Any = None, json: Any = None, **kwargs: Any) -> Response:
        "Makes a POST call."
    def put(self, url: str, data: Any = None, **kwargs: Any) -> Response:
        "Makes a PUT call."
    def patch(self, url: str, data: Any = None, **kwargs: Any) -> Response:
        "Makes a PATCH call."
    def delete(self, url: str, **kwargs: Any) -> Response:
        "Makes a DELETE call."
    def head(self, url: str, **kwargs: Any) -> Response:
        "Makes a HEAD call."
    def options(self, url: str, **kwargs: Any) -> Response:
        "Makes an OPTIONS call."
    def close(self) -> None:
        "Closes the session."

def request(method: str, url: str, **kwargs: Any) -> Response:
    "Makes an HTTP call with any method."

def get(url: str, params: Any = None, **kwargs: Any) -> Response:
    "Makes a GET call; params are added to the query string."

def post(url: str, data: Any = None, json: Any = None, **kwargs: Any) -> Response:
    "Makes a POST call."

def put(url: str, data: Any = None, **kwargs: Any) -> Response:
    "Makes a PUT call."

def patch(url: str, data: Any = None, **kwargs: Any) -> Response:
    "Makes a PATCH call."

def delete(url: str, **kwargs: Any) -> Response:
    "Makes a DELETE call."

def head(url: str, **kwargs: Any) -> Response:
    "Makes a HEAD call."

def options(url: str, **kwargs: Any) -> Response:
    "Makes an OPTIONS call."
