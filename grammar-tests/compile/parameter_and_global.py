# CPython 3.11 compile step: name 'count' is parameter and global
def bump(count):
    global count
