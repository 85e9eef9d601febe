def main(event):
    class K:
        def m(self, a):
            return a
    return K().m()
