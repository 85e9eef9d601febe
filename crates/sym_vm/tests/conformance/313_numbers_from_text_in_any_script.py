def main(event):
    out = []
    for s in ['٣', '١٢', ' ٣ ', '\u2003 7\u3000', '𝟗𝟗', '३.५', '٣e١', '٣_٣', '1٣', '²', '一', '０xff']:
        try:
            out.append(['int', s, int(s)])
        except ValueError as e:
            out.append(['int', s, str(e)])
        try:
            out.append(['float', s, float(s)])
        except ValueError as e:
            out.append(['float', s, str(e)])
    out.append(int('٣٣', 8))
    out.append(int('０', 0))
    return out
