class Config:
    channel = "#access"
    channels = [channel]
    first = [c for c in channels]

    def get(self):
        return Config.channel


def get_approvers(event):
    return Config().get(), Config.first
