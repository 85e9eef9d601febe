def main(event):
    print(repr('it\'s'), repr('say "hi"'), repr('both \' and "'), repr('tab\there\n'))
