class Routes:
    @staticmethod
    def channel():
        return "#access"


def get_approvers(event):
    return Routes.channel()
