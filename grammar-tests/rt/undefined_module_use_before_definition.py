DEFAULT = FALLBACK + "-access"
FALLBACK = "#sym"


def get_approvers(event):
    return DEFAULT
