def main(event):
    return [round(1e300) == 10 ** 300, round(2.5e18), round(-9.5e18)]
