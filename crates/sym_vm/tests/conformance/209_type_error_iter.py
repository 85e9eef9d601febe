def main(event):
    for x in 5:
        pass
