def main(event):
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        print('caught', e)
        x = 0
    return x
