a = b'café'
