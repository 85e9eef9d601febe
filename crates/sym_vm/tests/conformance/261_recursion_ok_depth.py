def main(event):
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)
    return down(150)
