def main(event):
    return float('x1')
