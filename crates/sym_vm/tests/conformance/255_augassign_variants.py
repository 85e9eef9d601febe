def main(event):
    x = 10
    x -= 3
    x *= 2
    x //= 3
    x **= 2
    x %= 7
    s = 'a'
    s += 'b'
    l = [1]
    l *= 2
    return [x, s, l]
