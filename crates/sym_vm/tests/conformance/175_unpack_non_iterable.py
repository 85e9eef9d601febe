def main(event):
    a, b = 5
