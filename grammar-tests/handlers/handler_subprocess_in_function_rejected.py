from sym.sdk.annotations import hook


@hook
def after_approve(event):
    from subprocess import run
    run(["echo", event.user.email])
