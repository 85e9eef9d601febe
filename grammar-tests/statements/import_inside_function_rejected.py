def handler(event):
    import subprocess
    return subprocess
