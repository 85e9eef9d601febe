x = [1, 2]
y = x[5]

def main(event):
    return 1
