def log(message):
    print(message)
    global _print
