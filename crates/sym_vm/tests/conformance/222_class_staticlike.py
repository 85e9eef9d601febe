def main(event):
    class M:
        items = [1, 2]
        def total(self):
            t = 0
            for i in self.items:
                t += i
            return t
    M.items.append(3)
    return M().total()
