def main(event):
    print(int('42'), int(' -7 '), int(3.9), int(-3.9), int('ff', 16), int('0x1f', 0))
    print(hex(255), oct(8), hex(-1))
