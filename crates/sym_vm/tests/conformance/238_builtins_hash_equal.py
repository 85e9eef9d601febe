def main(event):
    return [hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2))]
