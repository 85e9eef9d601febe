message = """never closed

x = 1
