def main(event):
    print(round(0.5), round(1.5), round(2.5), round(0.125, 2), round(0.375, 2), f'{0.125:.2f}', f'{2.5:.0f}')
