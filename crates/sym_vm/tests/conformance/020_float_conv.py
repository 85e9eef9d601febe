def main(event):
    print(float('1.5'), float('  2 '), float(3), float('inf'), float('-inf'))
    print(int(2.0 ** 60))
