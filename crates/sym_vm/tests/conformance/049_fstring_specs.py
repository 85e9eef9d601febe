def main(event):
    x = 3.14159
    n = 42
    print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{n:05d}|{n:>6}|{n:<6}|{n:^6}|{n:x}|{n:#x}|{n:b}|{n:,}')
