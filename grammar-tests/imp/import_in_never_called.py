def never():
    from subprocess import run
    return run
