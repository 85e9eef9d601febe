matrix = [[row * col for col in range(3)] for row in range(3)]
