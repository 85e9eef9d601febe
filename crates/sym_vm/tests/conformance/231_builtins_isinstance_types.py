def main(event):
    return [isinstance(1, int), isinstance(True, int), isinstance(1.0, float), isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance(1, (str, int)), isinstance('x', (list, tuple))]
