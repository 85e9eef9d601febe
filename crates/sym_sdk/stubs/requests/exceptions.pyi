"The errors HTTP calls raise."

class RequestException(OSError):
    "Any error of an HTTP call."

class HTTPError(RequestException):
    "The server answered with an error status."

class ConnectionError(RequestException):
    "The server could not be reached."

class Timeout(RequestException):
    "The server took too long."

class JSONDecodeError(RequestException, ValueError):
    "The body is not valid JSON."
