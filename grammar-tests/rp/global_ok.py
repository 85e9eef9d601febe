total = 0
def add():
    global total
    total = total + 1
