_hidden = 1


def handler(event):
    return event


x = (
