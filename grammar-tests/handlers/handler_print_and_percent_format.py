from sym.sdk.annotations import hook


@hook
def on_prompt(event):
    fields = event.payload.fields
    print("prompt for %s with %d fields" % (event.user.email, len(fields)))
    for key in fields:
        print("  %-10s = %r" % (key, fields[key]))
