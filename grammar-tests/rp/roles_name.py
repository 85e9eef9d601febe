view__roles__ = ('Manager',)
