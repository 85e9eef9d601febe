def notify(channel, *, urgent=False, mention=None):
    return channel, urgent, mention
