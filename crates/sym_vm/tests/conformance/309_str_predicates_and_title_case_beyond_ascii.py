def main(event):
    samples = ['123', '٣٤', '²', '½', 'ⅷ', '一二三', '౧', 'abc', 'ábc', 'कि', 'ा', 'ǅ', 'ß', 'Ⅷ', '中文', 'a1', '', ' ', '𝟘', '①']
    rows = []
    for s in samples:
        rows.append([s, s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.istitle()])
    titles = [w.title() for w in ['ǆemal', 'ǈubav', 'ᾳ test', '中a', 'ßen straße', 'x1y', 'ǲ', "o'neil 2nd", 'ʼn']]
    caps = [w.capitalize() for w in ['ǆx', 'ßa', 'éCOLE', 'ﬁne', '']]
    return [rows, titles, caps]
