def a(event):
    return event +


def b(event):
    return [event


def c(event):
    return event)
