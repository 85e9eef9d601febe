def main(event):
    out = []
    for args in [("12",), (" -0x1f ", 16), ("0x1f", 0), ("010", 0), ("000", 0), ("1__0",), ("_1",), ("1_0",), ("0x_f", 16), ("++5",), ("+-5",), ("z", 36), ("9", 8), ("1", 1), ("1", 37), (5, 10), ("0b101", 0), ("1_",), ("",)]:
        try:
            out.append(int(*args))
        except (ValueError, TypeError) as e:
            out.append(repr(e))
    return out
