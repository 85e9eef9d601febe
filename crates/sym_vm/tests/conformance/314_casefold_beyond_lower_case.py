def main(event):
    words = ['Straße', 'ﬁne', 'ΣΊΣΥΦΟΣ', 'ǅ', 'İstanbul', 'µ', 'ŉ', 'Hello']
    return [[w.casefold(), w.lower(), w.casefold() == w.lower()] for w in words] + ['STRASSE'.casefold() == 'straße'.casefold()]
