def main(event):
    data = b'GET /\r\n' + b"it's"
    return data.decode('ascii'), b''
