def main(event):
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
