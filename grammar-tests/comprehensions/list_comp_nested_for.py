pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
