class Config:
    channel = "#access"

    def get(self):
        return channel


def get_approvers(event):
    return Config().get()
