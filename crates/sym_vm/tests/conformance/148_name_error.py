def main(event):
    return undefined_thing + 1
