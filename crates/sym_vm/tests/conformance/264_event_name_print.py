def main(event):
    print('event', event.name)
    return event.user
