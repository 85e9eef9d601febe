def main(event):
    return [repr('\xa0'), repr('\xad'), repr('\x85'), repr('\u2028'), repr('\u00e9')]
