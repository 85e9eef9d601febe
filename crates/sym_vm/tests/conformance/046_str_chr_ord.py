def main(event):
    print(chr(65), ord('a'), chr(9731), ord('✓'))
