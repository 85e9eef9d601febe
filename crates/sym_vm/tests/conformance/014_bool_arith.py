def main(event):
    print(True + True, True * 10, False - 1, -True)
    return True
