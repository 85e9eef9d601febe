def make_counter():
    count = [0]

    def bump():
        count[0] = count[0] + 1
        return count[0]

    return bump
