def main(event):
    return [[], {}, (), '', 0, 0.0, False]
