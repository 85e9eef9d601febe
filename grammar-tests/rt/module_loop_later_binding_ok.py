for attempt in range(3):
    if attempt > 0:
        print(previous)
    previous = attempt


def get_approvers(event):
    return previous
