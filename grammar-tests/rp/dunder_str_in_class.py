class Group:
    def __str__(self):
        return 'g'
