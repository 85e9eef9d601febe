def main(event):
    raise 5
