def connect(host, port=443, secure=True):
    return host, port, secure
