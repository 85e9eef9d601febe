def main(event):
    return [event.name, event.no_such_field, 'x'.nope]
