from sym.sdk.annotations import hook

CALLS = {"count": 0}


@hook
def after_request(event):
    CALLS["count"] += 1
    print("requests so far:", CALLS["count"])
