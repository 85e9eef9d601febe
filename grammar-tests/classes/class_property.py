class Item:
    @property
    def label(self):
        return 'x'
