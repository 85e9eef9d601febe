def main(event):
    return [event.name, event.user, event.payload]
