def handler(event):
    _temporary = event
    return _temporary +
