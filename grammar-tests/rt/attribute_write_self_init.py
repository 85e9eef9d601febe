class Counter:
    def __init__(self):
        self.count = 0


def get_approvers(event):
    return Counter()
