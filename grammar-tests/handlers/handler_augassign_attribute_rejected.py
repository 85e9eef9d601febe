from sym.sdk.annotations import hook


class Tally:
    count = 0


tally = Tally()


@hook
def after_request(event):
    tally.count += 1
