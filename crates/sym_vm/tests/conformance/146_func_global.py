counter = 0

def main(event):
    def bump():
        global counter
        counter += 1
        return counter
    bump()
    bump()
    return counter
