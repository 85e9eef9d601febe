def view__roles__():
    return 1
