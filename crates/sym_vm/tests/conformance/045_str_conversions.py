def main(event):
    print(str(1), str(1.5), str(None), str(True), str([1, 'a']), repr('a'), str('x'))
